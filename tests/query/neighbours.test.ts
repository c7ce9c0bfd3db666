import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.ts';
import { neighbours, type NeighboursOptions } from '../../src/query/neighbours.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const graph = fixtureGraph();
const labels = (r: ReturnType<typeof neighbours>) => r.nodes.map((n) => n.label);

describe('neighbours', () => {
  it.each<[string, NeighboursOptions, string[]]>([
    ['GNA', { relations: ['supports'], direction: 'in' }, ['Qatar', 'Turkey', 'United Nations']],
    ['Haftar', { relations: ['controls'] }, ['Jufra', 'Sirte', 'Tarhuna']],
    ['Haftar', { types: ['city'], direction: 'out' }, ['Jufra', 'Sirte', 'Tarhuna']],
    ['Erdogan', { relations: ['supports'], depth: 2 }, ['Turkey', 'Government of National Accord']],
  ])('%s with %j → %j', (ref, options, expected) => {
    expect(labels(neighbours(graph, ref, options))).toEqual(expected);
  });

  it('gives each neighbour its distance and the edges walked', () => {
    const r = neighbours(graph, 'Erdogan', { relations: ['supports'], depth: 2 });
    expect(r.nodes.map((n) => n.distance)).toEqual([1, 2]);
    expect(r.edges).toHaveLength(2);
  });

  it.each([[0], [5], [1.5]])('refuses depth %s', (depth) => {
    expect(() => neighbours(graph, 'GNA', { depth })).toThrow(InvalidInputError);
  });
});
