// The judged questions of issue 3, on the graph the extractor builds from the seeds.
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/query/ask.ts';
import { camps } from '../../src/query/camps.ts';
import { search } from '../../src/query/search.ts';
import { seedGraph } from '../fixtures/_seed-graph.ts';

const graph = await seedGraph();
const labels = (q: string) => ask(graph, q).answer.items.map((i) => i.label);
const HAFTAR_SIDE = ['Egypt', 'United Arab Emirates', 'France', 'Russia', 'Saudi Arabia'];
const GNA_SIDE = ['Turkey', 'Qatar', 'United Nations'];

describe('seed acceptance', () => {
  it('who backs Haftar? → Egypt, UAE, France, Russia, Saudi Arabia, Sisi and nothing from the other side', () => {
    const backers = labels('who backs Haftar?');
    expect(backers).toEqual(expect.arrayContaining([...HAFTAR_SIDE, expect.stringMatching(/Sisi/)]));
    for (const other of GNA_SIDE) expect(backers).not.toContain(other);
  });

  it('who backs the GNA? → Turkey, Qatar, UN and nothing from the other side', () => {
    const backers = labels('who backs the GNA?');
    expect(backers).toEqual(expect.arrayContaining(GNA_SIDE));
    for (const other of HAFTAR_SIDE) expect(backers).not.toContain(other);
  });

  it('who rejected the Cairo Declaration? includes the GNA', () => {
    expect(labels('who rejected the Cairo Declaration?')).toContain('Government of National Accord');
  });

  it.each([
    ['Hafter', 'Khalifa Haftar'],
    ['Sirt', 'Sirte'],
    ['gna', 'Government of National Accord'],
  ])('search %s ranks %s first', (q, label) => {
    expect(search(graph, q)[0]?.label).toBe(label);
  });

  it('camps: Turkey, Qatar and the GNA in one; Haftar, Egypt, UAE, Russia, France, Saudi Arabia in the other', () => {
    const result = camps(graph);
    const campOf = (label: string) => result.camps.find((c) => c.members.some((m) => m.label === label))?.id;
    const gna = new Set(['Turkey', 'Qatar', 'Government of National Accord'].map(campOf));
    const haftar = new Set(['Khalifa Haftar', ...HAFTAR_SIDE].map(campOf));
    expect([gna.size, haftar.size]).toEqual([1, 1]);
    expect([...gna][0]).toBeDefined();
    expect([...gna][0]).not.toBe([...haftar][0]);
  });
});
