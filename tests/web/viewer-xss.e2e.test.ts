// Article text and labels reach the DOM as text only: an entity named like an HTML
// payload shows as that text in the search list, the side panel, the path finder, the
// answers of the question box and on hover (sigma draws hover labels on the canvas), and
// nothing runs. The page is served with the real strict CSP and raises no violation.
import { describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create-graph.ts';
import { RUN_BROWSER_TESTS } from './_browser.ts';
import { useViewer } from './_use-viewer.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
const QUOTE = 'They said <script>alert(2)</script> and <b>left</b>.';
// anything a payload could have created, anywhere in the page
const INJECTED = 'img, script:not([src]), svg, iframe, object, embed, b, i, [onerror], [onload], [onclick]';

function hostileGraph() {
  const graph = createGraph();
  graph.addNode('actor:img-src-x', { label: HOSTILE, type: 'actor', kind: 'armed-group', aliases: [HOSTILE, '<svg onload=alert(3)>'], articles: ['a.txt'], mentions: 1 });
  graph.addNode('backer:turkey', { label: 'Turkey', type: 'backer', kind: 'state', aliases: [], articles: ['a.txt'], mentions: 1 });
  graph.addEdgeWithKey('e1', 'backer:turkey', 'actor:img-src-x', {
    relation: 'supports',
    evidence: [{ article: '<i>a.txt</i>', sentence: 0, start: 0, end: QUOTE.length, quote: QUOTE, rule: 'supports.test', date: '2020-01-01' }],
    sources: 1,
    confidence: 1,
  });
  return graph;
}

describe.skipIf(!RUN_BROWSER_TESTS)('viewer XSS safety', () => {
  const session = useViewer(hostileGraph, ['layout', 'ready']);

  it('shows an entity named <img src=x onerror=alert(1)> as text', async () => {
    const { page, problems } = session;
    await page.fill('#search', 'img');
    const option = page.locator('#search-results .ac-option').first();
    expect(await option.locator('.ac-label').textContent()).toBe(HOSTILE);
    await option.click();
    await expect.poll(() => page.textContent('#panel .details-title')).toBe(HOSTILE);
    expect(await page.textContent('#panel .aliases')).toContain('<svg onload=alert(3)>');
    expect(await page.textContent('#panel .evidence-quote')).toBe(QUOTE);
    expect(await page.textContent('#panel .evidence-article')).toBe('<i>a.txt</i>');
    const injected = await page.evaluate(() => document.querySelectorAll('#panel img, #panel script, #panel svg, #panel b, #panel i, #search-results img').length);
    expect(injected).toBe(0);
    expect(problems).toEqual([]); // no alert() dialog, no error
  });

  it('answers of the question box show the name as text', async () => {
    const { page, problems } = session;
    await page.fill('#ask', 'whom does Turkey back?');
    await page.press('#ask', 'Enter');
    await expect.poll(() => page.locator('#panel .answer-list .node-link').allTextContents()).toEqual([HOSTILE]);
    expect(await page.evaluate((s) => document.querySelectorAll(s).length, INJECTED)).toBe(0);
    expect(problems).toEqual([]);
  });

  it('the path finder shows the name as text', async () => {
    const { page, problems } = session;
    await page.fill('#path-from', 'Turkey');
    await page.locator('#path-from-list .ac-option', { hasText: 'Turkey' }).first().click();
    await page.fill('#path-to', 'img');
    await page.locator('#path-to-list .ac-option').first().click();
    await page.waitForSelector('#path-result li');
    expect(await page.textContent('#path-result')).toContain(HOSTILE);
    expect(await page.evaluate((s) => document.querySelectorAll(s).length, INJECTED)).toBe(0);
    await page.click('#path-clear');
    expect(problems).toEqual([]);
  });

  it('hovering the node (its tooltip label) adds no element and runs nothing', async () => {
    const { page, problems } = session;
    const point = await page.evaluate(() => {
      const { renderer } = (window as any).__kgViewer;
      const data = renderer.getNodeDisplayData('actor:img-src-x');
      const { x, y } = renderer.framedGraphToViewport(data);
      const box = renderer.getContainer().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.evaluate(() => (window as any).__kgViewer.ui.get().hoveredNode)).toBe('actor:img-src-x');
    expect(await page.evaluate((s) => document.querySelectorAll(s).length, INJECTED)).toBe(0);
    await page.mouse.move(1, 1);
    expect(problems).toEqual([]);
  });

  it('the viewer ran under the strict CSP without a violation', async () => {
    const { page, problems } = session;
    const csp = await page.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline/);
    expect(problems.filter((p) => /Content Security Policy/i.test(p))).toEqual([]);
  });
});
