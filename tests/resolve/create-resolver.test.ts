// Resolution rows: transliteration variants, acronyms and surnames merge across articles;
// look-alikes do not.
import { describe, expect, it } from 'vitest';
import { buildFromDocs } from '../../src/graph/build-corpus.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { createResolver } from '../../src/resolve/create-resolver.ts';
import type { EntityRef } from '../../src/types.ts';

const ref = (label: string, type: EntityRef['type'] = 'actor', kind = 'person'): EntityRef => ({ label, type, kind, aliases: [label] });

function keysFor(a: EntityRef, b: EntityRef): [string, string] {
  const graph = createGraph();
  const resolver = createResolver(graph);
  const ka = resolver.resolve(a);
  graph.addNode(ka, { label: a.label, type: a.type, kind: a.kind, aliases: a.aliases, articles: ['a'], mentions: 1 });
  resolver.register(ka);
  return [ka, resolver.resolve(b)];
}

describe('createResolver', () => {
  it.each([
    [ref('Mohammed Kanunu'), ref('Mohamad Gnounou')],
    [ref('Abdel Hadi Dara'), ref('Abdul Hadi Darah')],
    [ref('Sirte', 'city', 'city'), ref('Sirt', 'city', 'city')],
    [ref('Tarhuna', 'city', 'city'), ref('Tarhunah', 'city', 'city')],
    [ref('Tarhuna', 'city', 'city'), ref('Tarhouna', 'city', 'city')],
    [ref('Mustafa Al-Majaei'), ref('Majaei')],
    [ref('Misrata', 'city', 'city'), ref('Misratah', 'city', 'city')],
    [ref('Volcano Brigade Command', 'actor', 'organisation'), ref('VBC', 'actor', 'organisation')],
  ])('merges %o with %o', (a, b) => {
    const [ka, kb] = keysFor(a, b);
    expect(kb).toBe(ka);
  });

  it.each([
    [ref('Libya', 'backer', 'state'), ref('Liberia', 'backer', 'state')],
    [ref('Sisi', 'backer'), ref('Egypt', 'backer', 'state')],
    [ref('Tripoli', 'city', 'city'), ref('Tripoli Brigade', 'actor', 'organisation')],
    [ref('Ahmed Salem'), ref('Ahmed Salah')],
  ])('keeps %o and %o apart', (a, b) => {
    const [ka, kb] = keysFor(a, b);
    expect(kb).not.toBe(ka);
  });

  it('merges lexicon variants and keeps House of Representatives apart from the GNA', async () => {
    const graph = await buildFromDocs([
      { id: 'a.txt', text: 'Turkey backs the Government of National Accord. Egypt backs Hafter. The House of Representatives rejected the ceasefire proposed by Turkey.', date: '2020-01-01' },
      { id: 'b.txt', text: 'Qatar supports the GNA. Russia backs Heftar. The Al-Wefaq government welcomed the truce proposed by Turkey.', date: '2020-01-02' },
    ]);
    const labels = graph.mapNodes((_k, a) => a.label);
    expect(labels.filter((l) => l === 'Government of National Accord')).toHaveLength(1);
    expect(labels.filter((l) => l === 'Khalifa Haftar')).toHaveLength(1);
    expect(labels).toContain('House of Representatives');
    expect(graph.hasNode('actor:government-of-national-accord')).toBe(true);
    expect(graph.hasNode('actor:khalifa-haftar')).toBe(true);
    expect(graph.filterNodes((_k, a) => a.type === 'proposal')).toHaveLength(1);
  });
});
