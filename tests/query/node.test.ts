import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.ts';
import { node } from '../../src/query/node.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const graph = fixtureGraph();

describe('node', () => {
  it('groups facts by relation with the other end and evidence', () => {
    const d = node(graph, 'Turkey');
    expect(d.key).toBe('backer:turkey');
    expect(d.attributes.label).toBe('Turkey');
    const supports = d.facts.supports.find((f) => f.direction === 'out')!;
    expect(supports.other.key).toBe('actor:government-of-national-accord');
    expect(supports.edge.evidence[0].quote).toMatch(/Turkey and Qatar/);
    expect(d.facts.supports.find((f) => f.direction === 'in')?.other.label).toBe('Recep Tayyip Erdogan');
    expect(d.facts.proposes.map((f) => f.other.label)).toEqual(['Turkey-Russia ceasefire call']);
  });

  it('returns a copy of the attributes, not the live object', () => {
    node(graph, 'Sirte').attributes.label = 'changed';
    expect(graph.getNodeAttribute('city:sirte', 'label')).toBe('Sirte');
  });

  it('throws NotFoundError for an unknown node', () => {
    expect(() => node(graph, 'city:atlantis')).toThrow(NotFoundError);
  });
});
