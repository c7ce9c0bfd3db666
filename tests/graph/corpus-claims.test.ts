import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { createCorpusGraph } from '../../src/graph/corpus-graph.ts';
import { fromSerialized } from '../../src/graph/from-serialized.ts';
import { applyDiff } from '../../src/graph/graph-diff.ts';
import { createGraph } from '../../src/graph/create-graph.ts';

const DENIED = { id: 'e.txt', date: '2020-05-20', outlet: 'Asharq Al-Awsat', text: 'Ahmed al-Mismari claimed that Qatar was arming the Government of National Accord, which Doha denied.' };
const PLAIN = { id: 'f.txt', date: '2020-05-21', outlet: 'Reuters', text: 'Turkey backs the Government of National Accord.' };

describe('outlets and claims in the corpus graph', () => {
  it('keeps an article\'s outlet and claims as graph attributes, not edges; adding it twice changes nothing', () => {
    const corpus = createCorpusGraph();
    const extraction = extractArticle(DENIED);
    corpus.add([extraction]);
    const once = JSON.stringify(corpus.graph.export());
    corpus.add([extraction]);
    expect(JSON.stringify(corpus.graph.export())).toBe(once);
    expect(corpus.graph.getAttribute('outlets')).toEqual({ 'e.txt': 'Asharq Al-Awsat' });
    expect(corpus.graph.getAttribute('claims')).toHaveLength(1);
    expect(corpus.graph.filterEdges((_e, a) => a.relation === 'supports' && a.evidence.some((ev: { article: string }) => ev.article === 'e.txt'))).toEqual([]);
  });

  it('adds every article\'s outlet whatever the order, and a replica fed the diffs agrees', () => {
    const one = createCorpusGraph();
    const replica = createGraph();
    for (const doc of [DENIED, PLAIN]) applyDiff(replica, one.add([extractArticle(doc)]).diff);
    const other = createCorpusGraph();
    other.add([extractArticle(PLAIN), extractArticle(DENIED)]);
    for (const g of [one.graph, other.graph, replica]) {
      expect(g.getAttribute('outlets')).toEqual({ 'e.txt': 'Asharq Al-Awsat', 'f.txt': 'Reuters' });
      expect(g.getAttribute('claims')).toHaveLength(1);
    }
  });

  it('survives a snapshot round trip', () => {
    const corpus = createCorpusGraph();
    corpus.add([extractArticle(DENIED)]);
    const back = fromSerialized(JSON.parse(JSON.stringify(corpus.graph.export())));
    expect(back.getAttribute('claims')).toEqual(corpus.graph.getAttribute('claims'));
    expect(back.getAttribute('outlets')).toEqual({ 'e.txt': 'Asharq Al-Awsat' });
  });
});
