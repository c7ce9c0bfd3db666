// Helpers for driving the viewer page in tests: open it, read sigma's display data
// through the page's `window.__kgViewer` hook, find nodes by label, count painted pixels.
import type { Browser, Page } from 'playwright-core';

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  problems: string[];
}

export async function openViewer(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  return { page, problems };
}

/** Key of the node whose label is `label` (exact, else case-insensitive prefix). */
export function nodeKey(page: Page, label: string): Promise<string | null> {
  return page.evaluate((wanted) => {
    const { graph } = (window as any).__kgViewer;
    const nodes: string[] = graph.nodes();
    const labelOf = (key: string) => String(graph.getNodeAttribute(key, 'label'));
    return nodes.find((k) => labelOf(k) === wanted) ?? nodes.find((k) => labelOf(k).toLowerCase().startsWith(wanted.toLowerCase())) ?? null;
  }, label);
}

/** Pixels with any paint on sigma's canvases, flattened right after a synchronous render. */
export function paintedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { renderer } = (window as any).__kgViewer;
    renderer.refresh();
    const out = document.createElement('canvas');
    [out.width, out.height] = [320, 200];
    const context = out.getContext('2d')!;
    for (const canvas of Object.values(renderer.getCanvases()) as HTMLCanvasElement[]) context.drawImage(canvas, 0, 0, out.width, out.height);
    const { data } = context.getImageData(0, 0, out.width, out.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
    return painted;
  });
}

/** Sigma's display data (after the reducers) for every edge between two nodes with `relation`. */
export function edgeDisplay(page: Page, source: string, target: string, relation: string): Promise<{ key: string; hidden: boolean }[]> {
  return page.evaluate(([s, t, r]) => {
    const { graph, renderer } = (window as any).__kgViewer;
    return (graph.edges(s, t) as string[])
      .filter((e) => graph.getEdgeAttribute(e, 'relation') === r)
      .map((key) => ({ key, hidden: !!renderer.getEdgeDisplayData(key)?.hidden }));
  }, [source, target, relation]);
}
