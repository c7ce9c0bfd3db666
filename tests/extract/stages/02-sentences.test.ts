import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/extract/stages/02-sentences.ts';
import { defaultLexicon } from '../../../src/lexicon/load-lexicon.ts';

const split = (text: string) => sentences.run({ doc: { id: 't.txt', text }, text, lexicon: defaultLexicon() }).sentences!.map((s) => s.text);

describe('sentences', () => {
  it('does not end a sentence at an initial inside a word ("Saudi-U.S. mediation")', () => {
    expect(split('The two sides signed a truce under Saudi-U.S. mediation. It held.')).toEqual(['The two sides signed a truce under Saudi-U.S. mediation.', 'It held.']);
    expect(split('A U.K.-brokered deal was signed in Doha. Fighting went on.')).toHaveLength(2);
  });

  it('still ends one after an abbreviation that closes it', () => {
    expect(split('It was signed in the U.S. Then it failed.')).toEqual(['It was signed in the U.S.', 'Then it failed.']);
  });
});
