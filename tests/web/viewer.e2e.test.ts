// Drives the built viewer in Debian's Chromium against the real app serving the seed
// graph (buildCorpus over data/articles): the checks of issue 4
// (load, paint, search, path finder, date slider, question box), plus URL state, Esc,
// a narrow window and the API-down state. Screenshots go to artifacts/.
import { mkdirSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedGraph } from '../fixtures/_seed-graph.ts';
import { RUN_BROWSER_TESTS } from './_browser.ts';
import { useViewer } from './_use-viewer.ts';
import { edgeDisplay, nodeKey, paintedPixels } from './_viewer-page.ts';

const ARTIFACTS = new URL('../../artifacts/', import.meta.url);

async function choose(page: Page, input: string, text: string, option: string): Promise<void> {
  await page.fill(input, text);
  const list = await page.getAttribute(input, 'aria-controls');
  await page.locator(`#${list} .ac-option`, { hasText: option }).first().click();
}

describe.skipIf(!RUN_BROWSER_TESTS)('viewer in Chromium', () => {
  const session = useViewer(seedGraph);
  let page: Page;
  let problems: string[];

  beforeAll(() => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ page, problems } = session);
  });

  it('loads with no console error and paints the canvas', async () => {
    expect(problems).toEqual([]);
    expect(await paintedPixels(page)).toBeGreaterThan(300);
    await page.screenshot({ path: new URL('viewer-loaded.png', ARTIFACTS).pathname });
  });

  it('search: "Hafter" → Khalifa Haftar\'s panel with evidence, in the URL; Esc clears', async () => {
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await choose(page, '#search', 'Hafter', 'Khalifa Haftar');
    await expect.poll(() => page.textContent('#panel .details-title')).toBe('Khalifa Haftar');
    expect(await page.locator('#panel .evidence-quote').count()).toBeGreaterThanOrEqual(1);
    expect(new URL(page.url()).searchParams.get('node')).toBe(await nodeKey(page, 'Khalifa Haftar'));
    await page.screenshot({ path: new URL('viewer-haftar.png', ARTIFACTS).pathname });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.isHidden('#panel')).toBe(true);
    expect(new URL(page.url()).searchParams.get('node')).toBeNull();
  });

  it('search after an answer: "Serraj" + Enter centres Fayez al-Sarraj and lights him and his neighbours only', async () => {
    await page.fill('#ask', 'who backs Haftar?');
    await page.press('#ask', 'Enter');
    await expect.poll(() => page.evaluate(() => (window as any).__kgViewer.ui.get().highlight?.origin ?? null)).toBe('ask');
    const before = await page.evaluate(() => (window as any).__kgViewer.renderer.getCamera().getState());
    await page.fill('#search', 'Serraj');
    await page.press('#search', 'Enter');
    await expect.poll(() => page.textContent('#panel .details-title')).toBe('Fayez al-Sarraj');
    const sarraj = await nodeKey(page, 'Fayez al-Sarraj');
    const view = async () => page.evaluate((key) => {
      const { ui, renderer, graph } = (window as any).__kgViewer;
      const camera = renderer.getCamera().getState();
      const at = renderer.getNodeDisplayData(key);
      const lit = (graph.nodes() as string[]).filter((n) => renderer.getNodeDisplayData(n).label !== '');
      return { highlight: ui.get().highlight, selected: ui.get().selectedNode, off: Math.hypot(camera.x - at.x, camera.y - at.y), camera, lit, neighbours: graph.neighbors(key) as string[] };
    }, sarraj);
    await expect.poll(async () => (await view()).off, { timeout: 5_000 }).toBeLessThan(1e-3); // the camera has arrived
    const after = await view();
    expect(after.camera).not.toEqual(before);
    expect(after.highlight).toBeNull(); // the answer's highlight is gone
    expect(after.selected).toBe(sarraj);
    expect(after.neighbours.length).toBeGreaterThan(0);
    expect(new Set(after.lit)).toEqual(new Set([sarraj, ...after.neighbours]));
    expect(after.lit).not.toContain(await nodeKey(page, 'Egypt')); // lit by the answer before
    await page.screenshot({ path: new URL('viewer-search-serraj.png', ARTIFACTS).pathname });
    await page.keyboard.press('Escape');
  });

  it('path finder: Turkey → Khalifa Haftar highlights a path', async () => {
    const [turkey, haftar] = [await nodeKey(page, 'Turkey'), await nodeKey(page, 'Khalifa Haftar')];
    await choose(page, '#path-from', 'Turkey', 'Turkey');
    await choose(page, '#path-to', 'Haftar', 'Khalifa Haftar'); // choosing the destination runs the search
    await page.waitForSelector('#path-result .path-steps li');
    const highlight = await page.evaluate(() => {
      const { ui, renderer, graph } = (window as any).__kgViewer;
      const h = ui.get().highlight;
      const dimmed = graph.nodes().filter((n: string) => !h.nodes.has(n) && !renderer.getNodeDisplayData(n).forceLabel);
      return { nodes: [...h.nodes] as string[], edges: h.edges.size as number, dimmed: dimmed.length as number };
    });
    expect(highlight.nodes).toEqual(expect.arrayContaining([turkey, haftar]));
    expect(highlight.edges).toBeGreaterThanOrEqual(1);
    expect(highlight.dimmed).toBeGreaterThan(0);
    await page.screenshot({ path: new URL('viewer-path.png', ARTIFACTS).pathname });
    await page.click('#path-clear');
  });

  it('date slider at 2020-01-01 hides the GNA\'s control of Tarhuna', async () => {
    const [gna, tarhuna] = [await nodeKey(page, 'Government of National Accord'), await nodeKey(page, 'Tarhuna')];
    expect((await edgeDisplay(page, gna!, tarhuna!, 'controls')).some((e) => !e.hidden)).toBe(true);
    await page.evaluate(() => {
      const slider = document.querySelector<HTMLInputElement>('#date-slider')!;
      slider.value = String(Date.parse('2020-01-01T00:00:00Z') / 86_400_000);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => page.evaluate(() => (window as any).__kgViewer.ui.get().visibleAt !== null)).toBe(true);
    expect(await page.textContent('#date-label')).toBe('2020-01-01');
    expect(new URL(page.url()).searchParams.get('at')).toBe('2020-01-01');
    expect((await edgeDisplay(page, gna!, tarhuna!, 'controls')).every((e) => e.hidden)).toBe(true);
    await page.click('#date-reset');
    await expect.poll(async () => (await edgeDisplay(page, gna!, tarhuna!, 'controls')).some((e) => !e.hidden)).toBe(true);
  });

  it('question box: "who backs Haftar?" lists Egypt', async () => {
    await page.fill('#ask', 'who backs Haftar?');
    await page.press('#ask', 'Enter');
    await expect.poll(() => page.locator('#panel .answer-list li').allTextContents()).toContain('Egypt');
    await page.screenshot({ path: new URL('viewer.png', ARTIFACTS).pathname });
    expect(problems).toEqual([]);
  });

  it('camps toggle colours Haftar and Egypt alike, the GNA apart', async () => {
    const keys = [await nodeKey(page, 'Khalifa Haftar'), await nodeKey(page, 'Egypt'), await nodeKey(page, 'Government of National Accord')];
    await page.click('#camps-toggle');
    await page.waitForSelector('#camps-legend .camps-legend li');
    const colours = await page.evaluate((k) => k.map((key) => (window as any).__kgViewer.renderer.getNodeDisplayData(key).color), keys);
    expect(colours[0]).toBe(colours[1]);
    expect(colours[2]).not.toBe(colours[0]);
    expect(new URL(page.url()).searchParams.get('camps')).toBe('1');
    await page.click('#camps-toggle');
  });

  it('downloads a PNG of the view and links the GEXF export', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-png')]);
    const png = new URL('viewer-download.png', ARTIFACTS).pathname;
    await download.saveAs(png);
    expect(statSync(png).size).toBeGreaterThan(5000);
    const href = await page.getAttribute('#download-gexf', 'href');
    const gexf = await page.request.get(new URL(href!, page.url()).href);
    expect(gexf.status()).toBe(200);
    expect(await gexf.text()).toContain('<gexf');
  });

  it('fits a narrow window', async () => {
    await page.setViewportSize({ width: 400, height: 800 });
    const box = await page.locator('#graph').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(300);
    expect(await page.isVisible('#search')).toBe(true);
    await page.screenshot({ path: new URL('viewer-narrow.png', ARTIFACTS).pathname, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('says so when the API fails', async () => {
    const broken = await session.browser.newPage();
    await broken.route('**/api/graph*', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'KG_INTERNAL', message: 'Disk on fire.' } }) }),
    );
    await broken.goto(session.server.url);
    await expect.poll(() => broken.textContent('#status')).toContain('Disk on fire.');
    await broken.close();
  });
});
