import { describe, expect, it } from 'vitest';
import { SCORE, search } from '../../src/query/search.ts';
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

  it.each([[''], ['   '], ['zzzzzz'], ['zzzz'], ['<script>'], ['z'], ['q'], ['xq'], ['---']])('returns nothing for %j', (q) => {
    expect(search(graph, q)).toEqual([]);
  });

  // one or two letters: whole words ("UN") and, from two letters, word starts ("Tr…"); never a typo or a skeleton
  it.each([
    ['UN', ['backer:united-nations']],
    ['un', ['backer:united-nations']],
    ['Si', ['actor:abdel-fattah-al-sisi', 'backer:abdel-fattah-al-sisi', 'city:sirte']],
    ['Tr', ['city:tripoli']],
  ])('a short query %j matches whole words and word starts only', (q, expected) => {
    expect(search(graph, q).map((h) => h.key).filter((k) => expected.includes(k)).sort()).toEqual(expected.filter((k) => graph.hasNode(k)).sort());
    expect(search(graph, q).every((h) => h.score >= SCORE.prefix)).toBe(true);
  });

  it('a one-letter query matches no word starts, only whole words', () => {
    expect(search(graph, 's')).toEqual([]);
  });

  it('a thin skeleton does not stand in for a name: "Hftr" (four consonants) still finds Haftar, "Hft" (three letters) only by prefix', () => {
    expect(search(graph, 'Hftr')[0]?.key).toBe('actor:khalifa-haftar');
    expect(search(graph, 'Hft').map((h) => h.key)).not.toContain('actor:khalifa-haftar');
  });

  it('filters by type and limits the count', () => {
    const hits = search(graph, 'Tr', { types: ['city'], limit: 1 });
    expect(hits).toHaveLength(1);
    expect(hits.every((h) => h.type === 'city')).toBe(true);
    expect(search(graph, 'Turkey', { types: ['city'] })).toEqual([]);
  });

  it('orders equal hits the same way whatever order the nodes were added in', () => {
    const a = fixtureGraph();
    const b = fixtureGraph();
    b.dropNode('city:tarhuna');
    b.addNode('city:tarhuna', a.getNodeAttributes('city:tarhuna'));
    expect(search(b, 'ta').map((h) => h.key)).toEqual(search(a, 'ta').map((h) => h.key));
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
