// The shallow syntax layer: chunks and what they stand for, coordinated lists, clauses and
// verb groups, on sentences from Libya and from other wars.
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { runPipeline } from '../../../src/extract/run-pipeline.ts';
import { STAGES } from '../../../src/extract/stages/all-stages.ts';
import type { SentenceStructure } from '../../../src/extract/structure/structure-types.ts';

/** The structure of the first sentence of `text`, with a reader for entity labels. */
function parse(text: string) {
  const upTo = STAGES.findIndex((s) => s.name === 'structure');
  const state = runPipeline(STAGES.slice(0, upTo + 1), { doc: { id: 't.txt', text, date: '2020-06-06' }, lexicon: defaultLexicon() });
  const s = state.structures!.get(0) as SentenceStructure;
  const byId = new Map(state.mentions!.map((m) => [m.id, m]));
  const label = (id: number) => state.entities!.get(byId.get(id)!.entity ?? '')?.label ?? byId.get(id)!.text;
  return {
    s,
    lists: s.lists.filter((l) => l.chunks.length > 1).map((l) => l.refs.map(label)),
    refsOf: (word: string) => {
      const chunk = s.chunks.find((c) => s.units.slice(c.first, c.last + 1).some((u) => u.lower === word));
      return chunk ? chunk.refs.map(label) : undefined;
    },
    clauses: s.clauses.map((c) => c.kind),
  };
}

describe('chunks stand for their owner', () => {
  it.each([
    ["Haftar's forces attacked Tripoli.", 'forces', ['Khalifa Haftar']],
    ['Turkish drones struck the GNA.', 'drones', ['Turkey']],
    ['Forces loyal to Haftar attacked Tripoli.', 'forces', ['Khalifa Haftar']],
    ['Fighters of the RSF entered El Fasher.', 'fighters', ['Rapid Support Forces']],
    ['The Turkey-backed forces of the GNA advanced on Sirte.', 'forces', ['Government of National Accord']],
    ['Russian military aircraft flew over Sirte.', 'aircraft', ['Russia']],
    ['The talks between Turkey and Russia failed.', 'talks', []],
  ])('%s', (text, word, expected) => {
    expect(parse(text).refsOf(word)).toEqual(expected);
  });
});

describe('coordination', () => {
  it.each([
    ['Russia, the UAE and, to a lesser extent, Egypt back Haftar.', [['Russia', 'United Arab Emirates', 'Egypt']]],
    ['Iran together with Russia supported the government.', [['Iran', 'Russia']]],
    ['Turkey as well as Qatar backs the GNA.', [['Turkey', 'Qatar']]],
    ['Despite support from Russia and the UAE and to a lesser extent from Egypt, Haftar retreated.', [['Russia', 'United Arab Emirates', 'Egypt']]],
  ])('%s', (text, expected) => {
    expect(parse(text).lists).toEqual(expected);
  });

  it('does not join a clause subject to the object before it ("Turkey backs the GNA and Russia supports Haftar")', () => {
    expect(parse('Turkey backs the GNA and Russia supports Haftar.').lists).toEqual([]);
  });

  it('does not join places and parties ("In Tripoli, the GNA said")', () => {
    expect(parse('In Tripoli, the GNA said it was ready.').lists).toEqual([]);
  });
});

describe('clauses', () => {
  it.each([
    ['The RSF, which seized El Fasher, is backed by the UAE.', 'relative'],
    ['Rapid Support Forces (RSF), which seized El Fasher, said so.', 'relative'],
    ['Moscow backs Haftar while Ankara supports the GNA.', 'subordinate'],
    ['Backed by Iran, the Houthis have controlled Sanaa since 2014.', 'participial'],
    ['Despite support from Russia, Haftar retreated from Tripoli.', 'adjunct'],
    ['Khalifa Haftar, the retired general backed by Russia, lost Tarhuna.', 'apposition'],
    ['The army retook Sinja, the RSF said.', 'speech'],
    ['The army, according to Egypt, retook Sinja.', 'parenthetical'],
  ])('%s has a %s clause', (text, kind) => {
    expect(parse(text).clauses).toContain(kind);
  });
});

describe('verb groups', () => {
  it.each([
    ['The GNA has been backed by Turkey.', 'back', 'passive'],
    ['Haftar will not accept the truce.', 'accept', 'negated'],
    ['Haftar, backed by Egypt, advanced.', 'back', 'participle'],
    ['Turkey sent troops to help the GNA.', 'help', 'infinitive'],
    ['After seizing Sirte, the LNA advanced.', 'seize', 'gerund'],
    ['France denied arming Haftar in Tripoli.', 'arm', 'gerund'],
  ])('%s: %s is %s', (text, lemma, flag) => {
    const g = parse(text).s.groups.find((x) => x.lemma === lemma)!;
    expect((g as unknown as Record<string, boolean>)[flag]).toBe(true);
  });
});
