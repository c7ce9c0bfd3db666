import { describe, expect, it } from 'vitest';
import { InvalidInputError, NotFoundError } from '../../src/errors.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { paths } from '../../src/query/paths.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const graph = fixtureGraph();
const labels = (p: { nodes: { label: string }[] }) => p.nodes.map((n) => n.label).join(' → ');

/** A complete directed graph: every pair joined both ways, so simple paths explode. */
function clique(n: number): KnowledgeGraph {
  const g = createGraph();
  for (let i = 0; i < n; i++) g.addNode(`actor:n${i}`, { label: `N${i}`, type: 'actor', kind: 'x', aliases: [], articles: [], mentions: 0 });
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) g.addEdge(`actor:n${i}`, `actor:n${j}`, { relation: 'supports', evidence: [], sources: 1, confidence: 1 });
  return g;
}

describe('paths', () => {
  it('finds Turkey → GNA → rejects → Cairo Declaration', () => {
    const r = paths(graph, 'Turkey', 'Cairo Declaration', { maxLength: 2 });
    expect(r.paths.map(labels)).toContain('Turkey → Government of National Accord → Cairo Declaration');
    expect(r.shortest?.length).toBe(2);
  });

  it('connects Turkey to Khalifa Haftar with evidence on every hop', () => {
    const r = paths(graph, 'Turkey', 'Khalifa Haftar');
    expect(r.paths.length).toBeGreaterThan(0);
    for (const p of r.paths) {
      expect(p.hops).toHaveLength(p.length);
      for (const hop of p.hops) {
        expect(hop.edges.length).toBeGreaterThan(0);
        expect(hop.edges.every((e) => e.evidence.length > 0)).toBe(true);
      }
    }
  });

  it('lists paths shortest first, all simple, none longer than maxLength', () => {
    const r = paths(graph, 'Qatar', 'Sirte', { maxLength: 5, limit: 1000 });
    const lengths = r.paths.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(Math.max(...lengths)).toBeLessThanOrEqual(5);
    for (const p of r.paths) expect(new Set(p.nodes.map((n) => n.key)).size).toBe(p.nodes.length);
    expect(new Set(r.paths.map(labels)).size).toBe(r.paths.length);
  });

  it('follows only the relations asked for', () => {
    const r = paths(graph, 'Erdogan', 'GNA', { relations: ['supports'], directed: true });
    expect(r.paths.map(labels)).toEqual(['Recep Tayyip Erdogan → Turkey → Government of National Accord']);
    expect(paths(graph, 'GNA', 'Erdogan', { relations: ['supports'], directed: true }).paths).toEqual([]);
  });

  it('returns no paths (not an error) when the ends are not connected within maxLength', () => {
    const r = paths(graph, 'Erdogan', 'Jufra', { maxLength: 1 });
    expect(r).toMatchObject({ shortest: null, paths: [], truncated: false });
  });

  it.each([
    [{ maxLength: 7 }],
    [{ maxLength: 0 }],
    [{ limit: 1001 }],
    [{ limit: 0 }],
    [{ relations: ['likes'] as never }],
  ])('refuses %j with InvalidInputError', (options) => {
    expect(() => paths(graph, 'Turkey', 'Qatar', options)).toThrow(InvalidInputError);
  });

  it('throws NotFoundError for an unknown end', () => {
    expect(() => paths(graph, 'Turkey', 'Atlantis')).toThrow(NotFoundError);
  });

  it('stops at the limit on a graph with millions of paths, and says so', () => {
    const started = Date.now();
    const r = paths(clique(40), 'N0', 'N1', { maxLength: 6, limit: 1000 });
    expect(r.paths).toHaveLength(1000);
    expect(r.truncated).toBe('limit');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it.each([
    [1, 'time'],
    [10_000, 'budget'],
  ] as const)('gives up on a hopeless search (timeout %i ms) and says why: %s', (timeoutMs, reason) => {
    const g = clique(150);
    g.addNode('actor:island', { label: 'Island', type: 'actor', kind: 'x', aliases: [], articles: [], mentions: 0 });
    const started = Date.now();
    const r = paths(g, 'N0', 'Island', { maxLength: 6, timeoutMs });
    expect(r).toMatchObject({ paths: [], truncated: reason });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
