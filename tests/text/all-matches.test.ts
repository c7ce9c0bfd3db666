import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/text/all-matches.ts';

describe('allMatches', () => {
  it('gives every match with its groups and index, as matchAll does', () => {
    const re = /(?<n>\d+)/g;
    const text = 'a1b22c333';
    expect(allMatches(re, text).map((m) => [m[0], m.index, m.groups!.n])).toEqual([...text.matchAll(re)].map((m) => [m[0], m.index, m.groups!.n]));
  });

  it('leaves lastIndex at 0, so the regex can be reused at once', () => {
    const re = /x/g;
    allMatches(re, 'xx');
    expect(re.lastIndex).toBe(0);
    expect(allMatches(re, 'axa')).toHaveLength(1);
  });

  it('steps over empty matches instead of looping', () => {
    expect(allMatches(/a*/g, 'bab').map((m) => m[0])).toEqual(['', 'a', '', '']);
  });

  it('refuses a regex without the global flag', () => {
    expect(() => allMatches(/x/, 'x')).toThrow(TypeError);
  });
});
