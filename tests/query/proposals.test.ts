import { describe, expect, it } from 'vitest';
import { proposals } from '../../src/query/proposals.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const graph = fixtureGraph();
const names = (list: { label: string }[]) => list.map((s) => s.label);

describe('proposals', () => {
  it('orders proposals by date', () => {
    expect(proposals(graph).map((p) => p.date)).toEqual(['2020-01-08', '2020-04-29', '2020-06-06', '2020-08-21']);
  });

  it.each([
    ['Cairo Declaration', ['Abdel Fattah al-Sisi', 'Egypt'], ['France', 'Khalifa Haftar'], ['Government of National Accord']],
    ['Turkey-Russia ceasefire call', ['Russia', 'Turkey'], ['Government of National Accord'], ['Khalifa Haftar']],
    ["Haftar's Ramadan truce", ['Khalifa Haftar'], [], ['Government of National Accord']],
  ])('%s: proposers %j, supporters %j, rejecters %j', (label, proposers, supporters, rejecters) => {
    const p = proposals(graph).find((x) => x.label === label)!;
    expect([names(p.proposers), names(p.supporters), names(p.rejecters)]).toEqual([proposers, supporters, rejecters]);
  });

  it('dates each stance by its earliest evidence', () => {
    const cairo = proposals(graph).find((x) => x.label === 'Cairo Declaration')!;
    expect(cairo.rejecters[0]).toMatchObject({ date: '2020-06-06', evidence: 1 });
  });
});
