import { describe, expect, it } from 'vitest';
import { AmbiguousError, NotFoundError } from '../../src/errors.ts';
import { resolveNode } from '../../src/query/resolve-node.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const graph = fixtureGraph();

describe('resolveNode', () => {
  it.each([
    ['actor:khalifa-haftar', 'actor:khalifa-haftar'],
    ['Hafter', 'actor:khalifa-haftar'],
    ['Turkey', 'backer:turkey'],
    ['Sirt', 'city:sirte'],
    ['gna', 'actor:government-of-national-accord'],
  ])('resolves %s → %s', (ref, key) => {
    expect(resolveNode(graph, ref)).toBe(key);
  });

  it('answers an unknown name with NotFoundError and suggestions', () => {
    const error = (() => {
      try {
        resolveNode(graph, 'Khalifa Hafsar');
      } catch (e) {
        return e;
      }
    })() as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe('KG_NOT_FOUND');
    expect((error.details as { suggestions: string[] }).suggestions).toContain('Khalifa Haftar');
  });

  it('answers a name that fits two nodes equally with AmbiguousError listing both', () => {
    try {
      resolveNode(graph, 'Ahmed');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AmbiguousError);
      expect((e as AmbiguousError).details).toEqual({ candidates: expect.arrayContaining(['actor:ahmed-al-mesmari', 'actor:ahmed-maiteeq']) });
    }
  });

  it('honours a type restriction', () => {
    expect(() => resolveNode(graph, 'Turkey', { types: ['city'] })).toThrow(NotFoundError);
  });
});
