import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.ts';
import { backers } from '../../src/query/backers.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const graph = fixtureGraph();
const HAFTAR_SIDE = ['Abdel Fattah al-Sisi', 'Egypt', 'France', 'Russia', 'Saudi Arabia', 'United Arab Emirates'];
const GNA_SIDE = ['Qatar', 'Turkey', 'United Nations'];

describe('backers', () => {
  it.each([
    ['Haftar', HAFTAR_SIDE, GNA_SIDE],
    ['GNA', GNA_SIDE, HAFTAR_SIDE],
  ])('who backs %s directly → %j and nothing from %j', (ref, expected, other) => {
    const direct = backers(graph, ref).direct.map((b) => b.backer.label);
    expect(direct).toEqual(expected);
    for (const name of other) expect(direct).not.toContain(name);
  });

  it('finds chains: Erdogan supports Turkey supports the GNA', () => {
    const [chain] = backers(graph, 'GNA').indirect;
    expect(chain.backer.label).toBe('Recep Tayyip Erdogan');
    expect(chain.depth).toBe(2);
    expect(chain.path.nodes.map((n) => n.label)).toEqual(['Recep Tayyip Erdogan', 'Turkey', 'Government of National Accord']);
    expect(chain.path.hops.every((h) => h.edges[0].evidence.length > 0)).toBe(true);
  });

  it('counts the supporters of a proposal as its backers, but never chains through a proposal', () => {
    expect(backers(graph, 'Cairo Declaration').direct.map((b) => b.backer.label)).toEqual(['France', 'Khalifa Haftar']);
    const { indirect } = backers(graph, 'Haftar', { maxDepth: 6 });
    for (const b of indirect) expect(b.path.nodes.every((n) => n.type !== 'proposal')).toBe(true);
    expect(backers(graph, 'Russia').direct).toEqual([]);
  });

  it('stops at maxDepth', () => {
    expect(backers(graph, 'GNA', { maxDepth: 1 }).indirect).toEqual([]);
    expect(() => backers(graph, 'GNA', { maxDepth: 0 })).toThrow(InvalidInputError);
  });
});
