import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { fromSerialized } from '../../src/graph/from-serialized.ts';
import { mergeExtraction } from '../../src/graph/merge-extraction.ts';
import { createResolver } from '../../src/resolve/create-resolver.ts';

const DENIED = { id: 'e.txt', date: '2020-05-20', outlet: 'Asharq Al-Awsat', text: 'Ahmed al-Mismari claimed that Qatar was arming the Government of National Accord, which Doha denied.' };

describe('mergeClaims (through mergeExtraction)', () => {
  it('keeps an article\'s outlet and claims as graph attributes, not edges; merging twice changes nothing', () => {
    const graph = createGraph();
    const resolver = createResolver(graph);
    const extraction = extractArticle(DENIED);
    mergeExtraction(graph, extraction, resolver);
    const once = JSON.stringify(graph.export());
    mergeExtraction(graph, extraction, resolver);
    expect(JSON.stringify(graph.export())).toBe(once);
    expect(graph.getAttribute('outlets')).toEqual({ 'e.txt': 'Asharq Al-Awsat' });
    expect(graph.getAttribute('claims')).toHaveLength(1);
    expect(graph.filterEdges((_e, a) => a.relation === 'supports')).toEqual([]);
  });

  it('a re-extracted article without the claim drops it', () => {
    const graph = createGraph();
    const resolver = createResolver(graph);
    mergeExtraction(graph, extractArticle(DENIED), resolver);
    mergeExtraction(graph, extractArticle({ ...DENIED, text: 'Qatar backs the Government of National Accord.' }), resolver);
    expect(graph.getAttribute('claims')).toEqual([]);
  });

  it('survives a snapshot round trip', () => {
    const graph = createGraph();
    mergeExtraction(graph, extractArticle(DENIED), createResolver(graph));
    const back = fromSerialized(JSON.parse(JSON.stringify(graph.export())));
    expect(back.getAttribute('claims')).toEqual(graph.getAttribute('claims'));
    expect(back.getAttribute('outlets')).toEqual({ 'e.txt': 'Asharq Al-Awsat' });
  });
});
