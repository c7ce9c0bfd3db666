import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.ts';
import { control } from '../../src/query/control.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const graph = fixtureGraph();

describe('control', () => {
  it.each([
    ['Tarhuna', [['Khalifa Haftar', undefined, '2020-06-05', false], ['Government of National Accord', '2020-06-05', undefined, true]]],
    ['Sirt', [['Khalifa Haftar', undefined, undefined, true]]],
    ['Tripoli', [['Government of National Accord', '2020-06-04', undefined, true]]],
  ])('who controlled %s over time', (place, expected) => {
    const periods = control(graph, place).periods.map((p) => [p.controller.label, p.since, p.until, p.current]);
    expect(periods).toEqual(expected);
  });

  it('only answers for places', () => {
    expect(() => control(graph, 'Turkey')).toThrow(NotFoundError);
  });
});
