// The converter on small excerpts of each PETRARCH2 format (tests/fixtures/petrarch2) with
// hand files of its own (tests/fixtures/lexicon-import): what it converts, merges, leaves
// out, and that a second run writes the same bytes.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importLexicon } from '../../src/lexicon/import/import-lexicon.ts';

const PETRARCH = new URL('../fixtures/petrarch2/', import.meta.url).pathname;
const HAND = new URL('../fixtures/lexicon-import/', import.meta.url).pathname;
let dir: string;
const out = (name: string): any => JSON.parse(readFileSync(join(dir, name), 'utf8'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lexicon-import-'));
  cpSync(HAND, dir, { recursive: true });
  importLexicon(PETRARCH, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importLexicon: world.json', () => {
  const entity = (id: string) => out('world.json').entities.find((e: any) => e.id === id);
  it.each([
    ['aden_abyan_islamic_army', { label: 'Aden Abyan Islamic Army', country: 'YE', kind: 'armed-group' }],
    ['lashkar_e_taiba', { label: 'Lashkar-e-Taiba', country: 'PK' }],
    ['rsf', { label: 'Rapid Support Forces', country: 'SD' }],
  ])('converts %s', (id, expected) => expect(entity(id)).toMatchObject(expected));
  it('takes bracketed acronyms as aliases', () => expect(entity('aden_abyan_islamic_army').aliases).toEqual(expect.arrayContaining(['AAIA', 'IAA', 'Islamic Army of Aden'])));
  it('keeps a hand entry as written when the dictionary has the same group (no leader names)', () => {
    expect(entity('hezbollah').aliases).toEqual(['Hezbollah', 'Hizballah']);
  });
  it.each([['orange_volunteers'], ['21_june'], ['oromo_liberation_front']])('leaves out %s (generic, a date, or a region code)', (id) => expect(entity(id)).toBeUndefined());
  it('names its source', () => expect(out('world.json').$source).toMatch(/676801c/));
});

describe('importLexicon: leaders.json', () => {
  const leader = (id: string) => out('leaders.json').leaders.find((l: any) => l.id === id);
  it.each([
    ['vladimir_putin', { role: 'head-of-state', country: 'RU', from: '2008' }],
    ['sergey_lavrov', { role: 'foreign-minister', country: 'RU', from: '2004' }],
    ['anatoliy_serdyukov', { role: 'defence-minister', from: '2007', to: '2012' }],
    ['ban_ki_moon', { role: 'official', country: '', org: 'un', surnameOk: false, aliases: ['Ban Ki-moon'] }],
    ['abdel_fattah_al_burhan', { role: 'head-of-state', country: 'SD', surnameOk: true }],
    ['abdel_rahim_mohamed_hussein', { role: 'defence-minister', surnameOk: false }],
  ])('converts %s', (id, expected) => expect(leader(id)).toMatchObject(expected));
  it('strips titles from the names', () => expect(leader('vladimir_putin').aliases[0]).toBe('Vladimir Putin'));
  it('keeps out a converted surname that sounds like a town of the gazetteer (Putin ~ a town "ptn")', () => {
    expect(leader('vladimir_putin')).toMatchObject({ surname: 'Putin', surnameOk: false });
    expect(leader('vladimir_putin').aliases).not.toContain('Putin');
  });
  it('adds the surname of a hand entry', () => expect(leader('abdel_fattah_al_burhan').aliases).toEqual(['Abdel Fattah al-Burhan', 'Burhan']));
  it('keeps a common surname out of the aliases', () => expect(leader('abdel_rahim_mohamed_hussein').aliases).not.toContain('Hussein'));
  it.each([['boris_yeltsin'], ['boutros_boutros_ghali'], ['aleksandr_zhukov'], ['international_court_of_justice']])('leaves out %s (before 2008, or no leader)', (id) => expect(leader(id)).toBeUndefined());
});

describe('importLexicon: agents.json', () => {
  it.each([
    ['rebels', ['rebel', 'rebels', 'insurgent', 'insurgents']],
    ['police', ['police', 'lawman', 'lawmen']],
    ['legislature', ['congressman', 'congressmen', 'congresswoman']],
    ['coalition', ['coalition forces']],
  ])('lists %s words in singular and plural', (role, words) => expect(out('agents.json').roles[role]).toEqual(expect.arrayContaining(words)));
  it('leaves out excluded words, equipment and unmapped roles', () => {
    const all = Object.values<string[]>(out('agents.json').roles).flat();
    expect(all).not.toContain('authority');
    expect(all).not.toContain('f-16 jet');
    expect(all).not.toContain('farmer');
    expect(out('agents.json').roles.police).not.toContain('polices');
  });
  it('keeps the side adjectives', () => expect(out('agents.json').sides).toEqual({ government: ['pro-government'], opposition: ['separatist'] }));
});

describe('importLexicon: cameo-triggers.json', () => {
  const t = () => out('cameo-triggers.json');
  it.each([
    ['supports', { lemma: 'arm', code: '062' }],
    ['supports', { lemma: 'back', code: '050', manual: true }],
    ['endorses', { lemma: 'endorse', code: '051' }],
    ['endorses', { lemma: 'endorse', code: '051', object: ['truce', 'ceasefire', 'cease fire'] }],
    ['proposes', { lemma: 'declare', code: '0871', object: ['truce', 'ceasefire', 'cease fire'] }],
    ['rejects', { lemma: 'back out of', code: '125', object: ['summit'] }],
    ['loses', { lemma: 'pull out', code: '080' }],
    ['gains', { lemma: 'capture', code: '192', manual: true }],
  ])('maps into %s: %o', (cat, trigger) => expect(t()[cat]).toContainEqual(trigger));
  it.each([['supports', 'attire'], ['proposes', 'declare war'], ['loses', 'declare']])('leaves %s: %s out', (cat, lemma) => {
    expect(t()[cat].map((x: any) => x.lemma)).not.toContain(lemma);
  });
  it('says which lemmas it left out', () => expect(t().$comment).toMatch(/supports: attire/));
});

describe('importLexicon: runs', () => {
  it('writes the same bytes twice', () => {
    const names = ['world.json', 'leaders.json', 'agents.json', 'cameo-triggers.json'];
    const first = names.map((n) => readFileSync(join(dir, n), 'utf8'));
    importLexicon(PETRARCH, dir);
    expect(names.map((n) => readFileSync(join(dir, n), 'utf8'))).toEqual(first);
  });
  it('fails with KG_INVALID_INPUT on a folder without the dictionaries', () => {
    expect(() => importLexicon(join(dir, 'missing'), dir)).toThrow(expect.objectContaining({ code: 'KG_INVALID_INPUT' }));
  });
});
