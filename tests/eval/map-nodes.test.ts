// Step 1 of the metric: names normalised, aliases read from any attribute shape, and
// nodes mapped to gold ids (titles, "the", possessives, accents, proposal rules).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { mapNodes, nodeAliases, nodeType, normaliseName } from '../../src/eval/map-nodes.ts';
import { readGraphFile } from '../../src/eval/read-graph.ts';
import { readGold } from '../../src/eval/read-gold.ts';
import type { Gold } from '../../src/eval/types.ts';
import { callScorePy, devGold, fixture, hasScorePy, seedsGold } from './_score-py.ts';

describe('normaliseName', () => {
  it.each([
    ["Gen. Khalifa Haftar's", 'khalifa haftar'],
    ['Haftar’s forces', 'haftar forces'],
    ['The Government of National Accord', 'government of national accord'],
    ['Prime Minister Fayez al-Sarraj', 'fayez al sarraj'],
    ['Field Marshal Brig. Gen. Y', 'y'], // titles one after another
    ['THE the President Erdoğan', 'erdogan'],
    ['Trípoli', 'tripoli'],
    ['C++ group', 'c++ group'],
    ['the', 'the'], // a prefix alone stays
    ['PM', 'pm'],
    ["o's2", 'o s2'], // "'s" inside a word stays
    ['Путин', ''], // only a–z, 0–9 and + survive
  ])('%s → %s', (input, expected) => expect(normaliseName(input)).toBe(expected));
});

describe('node attributes', () => {
  it.each([
    [{ aliases: ['Haftar', 'LNA'] }, ['Haftar', 'LNA']],
    [{ aliases: 'Haftar | LNA;Hafter' }, ['Haftar', 'LNA', 'Hafter']],
    [{ aliases: '["Tarhuna", 2, null]' }, ['Tarhuna', '2']],
    [{ aliases: '[Tripoli] office' }, ['[Tripoli] office']],
    [{ aliases: ' a |  | b ' }, ['a', 'b']],
    [{ aliases: null }, []],
    [{}, []],
  ])('aliases of %j → %j', (attrs, expected) => expect(nodeAliases(attrs)).toEqual(expected));

  it.each([
    [{ type: 'Actor' }, 'actor'],
    [{ type: '', nodeType: 'City' }, 'city'],
    [{ kind: 'backer' }, 'backer'],
    [{}, ''],
  ])('type of %j → %s', (attrs, expected) => expect(nodeType(attrs)).toBe(expected));
});

describe('mapNodes', () => {
  it('maps the fixture graph through names, aliases and the proposal rules', async () => {
    const gold = await readGold(fixture('gold.json'));
    const mapping = mapNodes(await readGraphFile(fixture('graph.json')), gold);
    expect(Object.fromEntries(mapping)).toEqual({
      n1: 'haftar', // "Gen. Khalifa Haftar’s"
      n2: 'gna', // "The Government of National Accord"
      n3: 'sarraj', // "Prime Minister Fayez al‑Sarraj"
      n4: 'gna', // ambiguous label "Libyan army", alias "GNA"
      n5: 'turkey', // label beside `attributes`
      n6: 'russia', // type given as `kind`
      n7: 'sirte',
      n8: 'tarhuna', // aliases as a JSON string
      n9: null,
      n10: 'tripoli', // `name` when the label is empty; "Trípoli"
      n11: 'sisi',
      n12: 'egypt',
      13: 'sirte', // numeric id, null label, aliases
      p1: 'p_cairo', // by its proposers
      p2: 'p_cairo', // by label
      p3: 'p_eid', // "truce" is two proposals; the month decides
      p4: 'p_berlin', // proposers fit several: best Jaccard
      p5: 'p_moscow', // proposers and month
      p6: null, // Jaccard tie
    });
  });
});

describe.runIf(hasScorePy())('normaliseName and score.py', () => {
  it('agree on every label and alias of the evaluation set and of the fixtures', async () => {
    const golds: Gold[] = await Promise.all([seedsGold, devGold, fixture('gold.json')].map(readGold));
    const names = [...new Set(golds.flatMap((g) => [...Object.values(g.entities), ...Object.values(g.proposals)]
      .flatMap((e) => [e.label, ...(e.aliases ?? [])])))];
    expect(names.length).toBeGreaterThan(300);
    expect(names.map(normaliseName)).toEqual(callScorePy('norm', names.map((n) => [n])));
  });
});
