import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/text/words-of.ts';

describe('wordsOf', () => {
  // the same words as /[\p{L}\p{N}]+/gu, lower-cased, with their starts
  it.each([
    'The GNA-backed forces',
    'Ḩamāh, 2020 — ليبيا Хафтар 🙂 é',
    '𝐆GNA said; x2y',
    'lone \uD800 high, lone \uDC00 low, \uD800x',
    '',
    '  ',
  ])('%j', (text) => {
    const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
    expect(wordsOf(text)).toEqual({ starts: expected.map((m) => m.index), lowers: expected.map((m) => m[0].toLowerCase()) });
  });
});
