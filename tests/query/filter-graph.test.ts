import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.ts';
import { filterGraph } from '../../src/query/filter-graph.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const graph = fixtureGraph();
const controllersOf = (data: ReturnType<typeof filterGraph>, city: string) =>
  data.edges.filter((e) => e.target === city && e.attributes!.relation === 'controls').map((e) => e.source);

describe('filterGraph', () => {
  it('keeps only the node types asked for, and edges between them', () => {
    const data = filterGraph(graph, { types: ['backer', 'actor'] });
    expect(data.nodes.every((n) => ['backer', 'actor'].includes(n.attributes!.type))).toBe(true);
    const keys = new Set(data.nodes.map((n) => n.key));
    expect(data.edges.every((e) => keys.has(e.source) && keys.has(e.target))).toBe(true);
  });

  it('keeps only the relations asked for', () => {
    expect(new Set(filterGraph(graph, { relations: ['rejects'] }).edges.map((e) => e.attributes!.relation))).toEqual(new Set(['rejects']));
  });

  it.each([
    ['2020-06-01', ['actor:khalifa-haftar'], 2],
    ['2020-06-05', ['actor:government-of-national-accord'], 2],
    ['2020-06-06', ['actor:government-of-national-accord'], 3],
    ['2021-01-01', ['actor:government-of-national-accord'], 4],
    ['2020-02-01', ['actor:khalifa-haftar'], 1],
  ])('at %s: Tarhuna held by %j, %i proposals made', (at, holders, count) => {
    const data = filterGraph(graph, { at });
    expect(controllersOf(data, 'city:tarhuna')).toEqual(holders);
    expect(data.nodes.filter((n) => n.attributes!.type === 'proposal')).toHaveLength(count);
  });

  it.each([['2020-6-1'], ['yesterday'], ['2020-06-01T00:00']])('refuses at=%s', (at) => {
    expect(() => filterGraph(graph, { at })).toThrow(InvalidInputError);
  });
});
