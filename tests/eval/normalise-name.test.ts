import { describe, expect, it } from 'vitest';
import { asList } from '../../src/eval/as-list.ts';
import { formatFixed } from '../../src/eval/format-fixed.ts';
import { normaliseName } from '../../src/eval/normalise-name.ts';
import { callScorePy, hasScorePy } from './_score-py.ts';

const NAMES: unknown[] = [
  "Gen. Khalifa Haftar's", 'THE the President Erdoğan', 'Haftar’s forces', 'Ḥaftar', 'ﬁeld', 'Sheikh Mr. Dr. X',
  'the', 'the ', 'Col.', "Café's-x", 'a\u0903b', "x's\u0301", 'İstanbul', 'Ⅻ', '½', 'Straße', 'ǅ', "'s", "abc'sd",
  "o's2", "x's_", "x's\u00e9", "x's\u0661", 'Field Marshal Brig. Gen. Y', 'al‑Sarraj', 'C++ group', 'pm', 'PM Dbeibah',
  null, true, 5, ['a', 'b'], { k: 'v' }, '\u{1D400}bc', "It\u2018s",
];
const LISTS: unknown[] = ['A | B;C', '["x", 1, null]', '[not json', '', ' a |  | b ', 'a\u001c|\u001cb', 'a\ufeff|b', ['x', 2], null, 7];
const FLOATS = [0, 1, 0.0625, 0.1875, 0.3125, 0.9375, 0.5625, 1 / 3, 2 / 3, 0.9995, 0.0005, 0.12345, 11 / 12, 0.00049999, -0.0001];

describe('normaliseName', () => {
  it.each([
    ["Gen. Khalifa Haftar's", 'khalifa haftar'],
    ['The Government of National Accord', 'government of national accord'],
    ['Prime Minister Fayez al-Sarraj', 'fayez al sarraj'],
    ['Trípoli', 'tripoli'],
    ['the', 'the'], // a prefix alone stays
    ["o's2", 'o s2'], // "'s" not at a word end stays
  ])('%s → %s', (input, expected) => expect(normaliseName(input)).toBe(expected));
});

describe.runIf(hasScorePy())('the helpers equal score.py', () => {
  it('normaliseName equals norm() on accents, marks, titles, possessives and non-strings', () => {
    expect(NAMES.map(normaliseName)).toEqual(callScorePy(NAMES.map((n) => ['norm', [n]])));
  });

  it('asList equals as_list() on separators, JSON strings and Python whitespace', () => {
    expect(LISTS.map(asList)).toEqual(callScorePy(LISTS.map((v) => ['as_list', [v]])));
  });

  it('formatFixed equals format(x, ".3f"), ties to even included', () => {
    expect(FLOATS.map((x) => formatFixed(x, 3))).toEqual(callScorePy(FLOATS.map((x) => ['format3', [x]])));
  });
});
