// The graph built from the seed articles: deterministic, idempotent when an article is
// merged twice, evidence on every edge, stable keys, one node per proposal across outlets.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { buildCorpus, buildFromDocs } from '../../src/graph/build-corpus.ts';
import { createCorpusGraph } from '../../src/graph/corpus-graph.ts';
import { loadArticles } from '../../src/store/load-articles.ts';

describe('buildCorpus', () => {
  it('gives the same graph twice', async () => {
    const a = await buildCorpus('data/articles');
    const b = await buildCorpus('data/articles');
    expect(JSON.stringify(b.graph.export())).toBe(JSON.stringify(a.graph.export()));
    expect(a.stats.articles).toBe(5);
  });

  it('puts evidence with article, span, quote and rule on every edge', async () => {
    const { graph } = await buildCorpus('data/articles');
    expect(graph.size).toBeGreaterThan(20);
    graph.forEachEdge((_e, attrs) => {
      expect(attrs.evidence.length).toBeGreaterThan(0);
      for (const ev of attrs.evidence) {
        expect(ev.article).toMatch(/\.txt$/);
        expect(ev.end).toBeGreaterThan(ev.start);
        expect(ev.quote.length).toBeGreaterThan(0);
        expect(ev.rule).toMatch(/^(supports|rejects|controls|proposes|frame)\.[\w-]+/);
      }
      expect(attrs.sources).toBe(new Set(attrs.evidence.map((x) => x.article)).size);
    });
    expect(graph.hasNode('actor:khalifa-haftar')).toBe(true);
    expect(graph.hasNode('city:sirte')).toBe(true);
  });

  it('changes nothing when an article is merged again', async () => {
    const corpus = createCorpusGraph();
    corpus.add((await loadArticles('data/articles')).docs.map((d) => extractArticle(d)));
    const before = JSON.stringify(corpus.graph.export());
    const extra = extractArticle({ id: 'extra.txt', text: 'Turkey and Qatar support the GNA, while Egypt backs Haftar.', date: '2020-07-01' });
    corpus.add([extra]);
    const once = JSON.stringify(corpus.graph.export());
    corpus.add([extra]);
    expect(JSON.stringify(corpus.graph.export())).toBe(once);
    expect(once).not.toBe(before);
  });

  it('makes one proposal node for one call told by two outlets', async () => {
    const graph = await buildFromDocs([
      { id: 'a.txt', date: '2020-08-23', text: "Prime Minister Fayez Sarraj's cease-fire call was an attempt to throw dust in the eyes, Haftar's spokesman said." },
      { id: 'b.txt', date: '2020-08-21', text: "Libya's UN-supported government has announced a ceasefire across the country. Egypt welcomed the ceasefire." },
    ]);
    const proposals = graph.filterNodes((_k, a) => a.type === 'proposal');
    expect(proposals).toHaveLength(1);
    expect(graph.getNodeAttribute(proposals[0], 'articles')).toEqual(['a.txt', 'b.txt']);
  });
});

describe('proposal names across articles', () => {
  it('gives the node the press name when a later article names the proposal', async () => {
    const graph = await buildFromDocs([
      { id: 'a.txt', date: '2020-06-06', text: 'Egyptian President Abdel Fattah al-Sisi proposed a ceasefire on Saturday.' },
      { id: 'b.txt', date: '2020-06-09', text: 'Turkey has rejected the Egyptian initiative proposed to establish a ceasefire, and doubted the sincerity of the Cairo Declaration.' },
    ]);
    const proposals = graph.filterNodes((_k, a) => a.type === 'proposal');
    expect(proposals).toHaveLength(1);
    expect(graph.getNodeAttribute(proposals[0], 'label')).toMatch(/^Cairo Declaration/);
  });
});
