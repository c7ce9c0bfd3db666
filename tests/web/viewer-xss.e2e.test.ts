// Article text and labels reach the DOM as text only: an entity named like an HTML
// payload shows as that text in the search list and the side panel, and nothing runs.
import { describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create-graph.ts';
import { RUN_BROWSER_TESTS } from './_browser.ts';
import { useViewer } from './_use-viewer.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
const QUOTE = 'They said <script>alert(2)</script> and <b>left</b>.';

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
});
