// search looks only at the names its postings point to; this checks it finds exactly what
// scoring every name of the graph finds (same hits, same order), for the graph's own names,
// typos of them, pieces of them and random text, on the fixture graph and a synthetic one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { createCorpusGraph } from '../../src/graph/corpus-graph.ts';
import { nameIndex } from '../../src/query/name-index.ts';
import { queryOf, scoreName, search, SCORE } from '../../src/query/search.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

/** The search every name gets scored by: the reference the postings must agree with. */
function scanAll(graph: KnowledgeGraph, q: string) {
  const query = queryOf(q, true);
  const { entries } = nameIndex(graph);
  const hits: Array<{ key: string; score: number; mentions: number; type: string; label: string }> = [];
  for (const entry of entries.values()) {
    let best = entry.key === q ? SCORE.key : 0;
    if (query.norm) for (const name of entry.names) best = Math.max(best, scoreName(query, name));
    if (best > 0) hits.push({ key: entry.key, score: Math.round(best * 100) / 100, mentions: entry.mentions, type: entry.type, label: entry.label });
  }
  const order = ['actor', 'backer', 'city', 'proposal'];
  hits.sort((a, b) => b.score - a.score || b.mentions - a.mentions || order.indexOf(a.type) - order.indexOf(b.type) || a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1));
  return hits.slice(0, 20).map((h) => [h.key, h.score]);
}

const synthetic = createCorpusGraph();
synthetic.add(syntheticCorpus(60, 3, { words: [150, 300] }).map((d) => extractArticle(d)));

describe.each([['fixture graph', fixtureGraph()], ['synthetic graph', synthetic.graph]])('search on the %s', (_name, graph) => {
  const names = graph.mapNodes((_k, a) => [a.label, ...a.aliases]).flat();
  const typo = fc.tuple(fc.constantFrom(...names), fc.nat(), fc.constantFrom('', 'a', 'e', 'x', 'h')).map(([n, at, c]) => {
    const i = at % Math.max(1, n.length);
    return n.slice(0, i) + c + n.slice(i + 1);
  });
  const piece = fc.tuple(fc.constantFrom(...names), fc.nat(), fc.nat()).map(([n, a, b]) => n.slice(Math.min(a, b) % n.length, (Math.max(a, b) % n.length) + 1));
  const query = fc.oneof(fc.constantFrom(...names), typo, piece, fc.string({ maxLength: 8 }), fc.constantFrom(...graph.nodes()));

  it('finds exactly what scoring every name finds', () => {
    fc.assert(fc.property(query, (q) => {
      expect(search(graph, q).map((h) => [h.key, h.score])).toEqual(scanAll(graph, q));
    }), { numRuns: 400 });
  });
});
