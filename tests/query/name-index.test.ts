// The search index of a live graph catches up with changes in slices (refreshNameIndex):
// a few nodes per turn, and the same answers as an index rebuilt from scratch; a search in
// the middle of it finishes the rest itself.
import { describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create-graph.ts';
import { nameIndex, refreshNameIndex } from '../../src/query/name-index.ts';
import { search } from '../../src/query/search.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const addTowns = (graph: KnowledgeGraph, n: number) => {
  for (let i = 0; i < n; i++) graph.addNode(`city:town-${i}`, { label: `Wadi Town ${i}`, type: 'city', kind: 'town', aliases: [`Town Number ${i}`], articles: [], mentions: 1 });
};
const fresh = (graph: KnowledgeGraph) => {
  const copy = createGraph();
  copy.import(graph.export());
  return copy;
};

describe('refreshNameIndex', () => {
  it('re-indexes the changed nodes over several turns and answers like a fresh index', async () => {
    const graph = fixtureGraph();
    search(graph, 'Haftar'); // the index exists
    addTowns(graph, 300);
    graph.mergeNodeAttributes('actor:khalifa-haftar', { aliases: ['Haftar', 'Field Marshal'] });
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    await refreshNameIndex(graph, 0.05);
    clearInterval(ticker);
    expect(turns).toBeGreaterThan(1);
    expect(nameIndex(graph).entries.size).toBe(graph.order);
    for (const q of ['Wadi Town 7', 'Town Number 299', 'Field Marshal', 'Hafter', 'Sirte']) expect(search(graph, q)).toEqual(search(fresh(graph), q));
  });

  it('leaves a graph that was never searched alone, and a search mid-way finishes the rest', async () => {
    const never = fixtureGraph();
    await refreshNameIndex(never);
    const graph = fixtureGraph();
    search(graph, 'Haftar');
    addTowns(graph, 300);
    const refreshing = refreshNameIndex(graph, 0.05);
    expect(search(graph, 'Wadi Town 299')[0]?.key).toBe('city:town-299');
    await refreshing;
    expect(nameIndex(graph).entries.size).toBe(graph.order);
  });
});
