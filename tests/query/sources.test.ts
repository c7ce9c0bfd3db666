import { describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create-graph.ts';
import { filterGraph } from '../../src/query/filter-graph.ts';
import { sources } from '../../src/query/sources.ts';
import { DISPUTE_OUTLETS, disputesGraph } from '../fixtures/_disputes-graph.ts';
import { outletGraph } from '../export/_outlet-graph.ts';

describe('sources', () => {
  it('lists the five outlets of the dispute corpus, one article each', async () => {
    const { outlets } = sources(await disputesGraph());
    expect(outlets.map((o) => o.outlet).sort()).toEqual(DISPUTE_OUTLETS);
    expect(outlets.every((o) => o.articles === 1)).toBe(true);
    // the denied claim is no fact: its outlet stated none
    expect(outlets.find((o) => o.outlet === 'Asharq Al-Awsat')?.facts).toBe(0);
    expect(outlets.find((o) => o.outlet === 'reuters.com')?.facts).toBe(2); // the call and Haftar's acceptance
  });

  it('counts facts, evidence and facts no other outlet states', () => {
    const { outlets } = sources(outletGraph());
    expect(outlets).toEqual([
      { outlet: 'reuters.com', articles: 2, facts: 1, evidence: 2, alone: 0 },
      { outlet: 'Al Wasat', articles: 1, facts: 1, evidence: 1, alone: 0 },
    ]);
  });

  it('counts an article that stated no fact, from the graph\'s outlet ledger', () => {
    const graph = createGraph();
    graph.setAttribute('outlets', { 'quiet.txt': 'Libya Herald' });
    expect(sources(graph).outlets).toEqual([{ outlet: 'Libya Herald', articles: 1, facts: 0, evidence: 0, alone: 0 }]);
  });
});

describe('filterGraph minSources', () => {
  it.each([
    [1, 1],
    [2, 1],
    [3, 0],
  ])('minSources=%i keeps %i edge(s) (one edge, two outlets)', (minSources, edges) => {
    expect(filterGraph(outletGraph(), { minSources }).edges).toHaveLength(edges);
  });

  it('refuses minSources below 1', () => {
    expect(() => filterGraph(outletGraph(), { minSources: 0 })).toThrow(expect.objectContaining({ code: 'KG_INVALID_INPUT' }));
  });
});
