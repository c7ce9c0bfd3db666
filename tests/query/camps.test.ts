import { describe, expect, it } from 'vitest';
import { camps } from '../../src/query/camps.ts';
import { signedPairs } from '../../src/query/signed-pairs.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const campOf = (result: ReturnType<typeof camps>, label: string) => result.camps.find((c) => c.members.some((m) => m.label === label))?.id;

describe('camps', () => {
  const graph = fixtureGraph();
  const result = camps(graph);

  it.each([
    [['Turkey', 'Qatar', 'Government of National Accord', 'United Nations']],
    [['Khalifa Haftar', 'Egypt', 'United Arab Emirates', 'Russia', 'France', 'Saudi Arabia', 'Abdel Fattah al-Sisi']],
  ])('puts %j in one camp', (members) => {
    const ids = new Set(members.map((m) => campOf(result, m)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeDefined();
  });

  it('separates the GNA camp from the Haftar camp', () => {
    expect(campOf(result, 'Turkey')).not.toBe(campOf(result, 'Khalifa Haftar'));
  });

  it('scores frustration between 0 and 1 and balance as its complement', () => {
    expect(result.frustration).toBeGreaterThanOrEqual(0);
    expect(result.frustration).toBeLessThan(0.2);
    expect(result.balance).toBeCloseTo(1 - result.frustration);
  });

  it('reads signs from the graph: backing +, opposite stances on a proposal −', () => {
    const pairs = signedPairs(graph);
    expect(pairs.get('actor:government-of-national-accord\u0000backer:turkey')).toBeGreaterThan(0);
    expect(pairs.get('actor:government-of-national-accord\u0000actor:khalifa-haftar')).toBeLessThan(0);
  });

  it('does not write to the graph unless asked (camps.assign)', () => {
    const g = fixtureGraph();
    camps(g);
    expect(g.getNodeAttribute('backer:turkey', 'camp')).toBeUndefined();
    const assigned = camps.assign(g);
    expect(g.getNodeAttribute('backer:turkey', 'camp')).toBe(campOf(assigned, 'Turkey'));
    expect(g.getNodeAttribute('city:sirte', 'camp')).toBeUndefined();
  });
});
