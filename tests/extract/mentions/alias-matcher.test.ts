import { describe, expect, it } from 'vitest';
import { matchAliases } from '../../../src/extract/mentions/alias-matcher.ts';
import { defaultLexicon } from '../../../src/lexicon/load-lexicon.ts';

describe('matchAliases', () => {
  // a word is a run of letters and digits in any script, astral ones included
  it.each([
    ['The GNA said', ['GNA']],
    ['GNA-backed forces', ['GNA']],
    ['the GNA’s forces', ['GNA']],
    ['Sirte, Libya.', ['Sirte', 'Libya']],
    ['xGNA said', []],
    ['GNA2 said', []],
    ['éGNA said', []],
    ['𝐆GNA said', []],
    ['𝐆 GNA said', ['GNA']],
  ])('%s → %j', (text, expected) => {
    expect(matchAliases(defaultLexicon(), text).map((h) => h.text)).toEqual(expected);
  });

  it('gives offsets from base', () => {
    expect(matchAliases(defaultLexicon(), 'é GNA', 100).map((h) => [h.start, h.end])).toEqual([[102, 105]]);
  });
});
