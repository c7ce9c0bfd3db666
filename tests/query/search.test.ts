import { describe, expect, it } from 'vitest';
import { search } from '../../src/query/search.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const graph = fixtureGraph();

describe('search', () => {
  it.each([
    ['Hafter', 'actor:khalifa-haftar'],
    ['Heftar', 'actor:khalifa-haftar'],
    ['haftar', 'actor:khalifa-haftar'],
    ['Khalifa Hafter', 'actor:khalifa-haftar'],
    ['Gen. Khalifa Haftar', 'actor:khalifa-haftar'],
    ['gna', 'actor:government-of-national-accord'],
    ['the GNA', 'actor:government-of-national-accord'],
    ['Government of National Accord', 'actor:government-of-national-accord'],
    ['Sirt', 'city:sirte'],
    ['Tarhunah', 'city:tarhuna'],
    ['Serraj', 'actor:fayez-al-sarraj'],
    ['Turkey', 'backer:turkey'],
    ['UAE', 'backer:united-arab-emirates'],
    ['Cairo Declaration', 'proposal:cairo-declaration-2020-06-06'],
    ['backer:qatar', 'backer:qatar'],
    ['Tripol', 'city:tripoli'],
    ['Turky', 'backer:turkey'],
  ])('ranks %s → %s first', (q, key) => {
    expect(search(graph, q)[0]?.key).toBe(key);
  });

  it.each([[''], ['   '], ['zzzzzz'], ['<script>']])('returns nothing for %j', (q) => {
    expect(search(graph, q)).toEqual([]);
  });

  it('filters by type and limits the count', () => {
    const hits = search(graph, 'a', { types: ['city'], limit: 2 });
    expect(hits.length).toBeLessThanOrEqual(2);
    expect(hits.every((h) => h.type === 'city')).toBe(true);
  });

  it('sees names added after the first search', () => {
    const g = fixtureGraph();
    expect(search(g, 'Benghazi')).toEqual([]);
    g.addNode('city:benghazi', { label: 'Benghazi', type: 'city', kind: 'city', aliases: [], articles: [], mentions: 1 });
    expect(search(g, 'Benghazi')[0]?.key).toBe('city:benghazi');
  });

  it('reports the name that matched', () => {
    expect(search(graph, 'Sirt')[0]).toMatchObject({ label: 'Sirte', matched: 'Sirte' });
    expect(search(graph, 'gna')[0]).toMatchObject({ matched: 'GNA' });
  });
});
