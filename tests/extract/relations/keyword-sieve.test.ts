import { describe, expect, it } from 'vitest';
import { keywordSieve } from '../../../src/extract/relations/keyword-sieve.ts';
import { defaultLexicon } from '../../../src/lexicon/load-lexicon.ts';
import type { RelationRule } from '../../../src/extract/rules/rule-types.ts';

const rule = (id: string, keywords?: string[]) => ({ id, relation: 'supports', pattern: '«S» x «O»', keywords, example: '' }) as unknown as RelationRule;

describe('keywordSieve', () => {
  const rules = [rule('a', ['back']), rule('b', ['backing']), rule('c', ['ack']), rule('d'), rule('e', [' by '])];
  const sieve = keywordSieve(rules, defaultLexicon());

  it('opens every rule whose keyword occurs, including prefixes and overlaps of a longer one', () => {
    expect(sieve('«1» gets backing from «2»')).toEqual([true, true, true, true, false]);
  });

  it('keeps rules closed whose keywords are absent, and always opens a rule without keywords', () => {
    expect(sieve('«1» is armed by «2»')).toEqual([false, false, false, true, true]);
    expect(sieve('«1» said «2»')).toEqual([false, false, false, true, false]);
  });

  it('finds keywords that start inside another match', () => {
    expect(sieve('the «1» attack')).toEqual([false, false, true, true, false]);
  });

  it.each([
    ['«1» gets backing from «2»', true],
    ['the «1» attack', true],
    ['«1» said «2»', false],
  ])('any(%j) says whether a rule with keywords is open: %s', (text, open) => {
    const keyed = keywordSieve(rules.filter((r) => r.keywords), defaultLexicon());
    expect(keyed.any(text)).toBe(open);
    expect(keyed.any(text)).toBe(keyed(text).some(Boolean));
  });

  it('any is always true when a rule has no keywords', () => {
    expect(sieve.any('«1» said «2»')).toBe(true);
  });
});
