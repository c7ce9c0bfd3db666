import { describe, expect, it } from 'vitest';
import { sameAnswer } from '../../src/server/same-answer.ts';

describe('sameAnswer', () => {
  const shared = { outlets: { 'a.txt': 'x' } };
  it.each([
    [{ a: [1, 'x', null, { b: true }] }, { a: [1, 'x', null, { b: true }] }, true],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, false], // other bytes
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [[1, 2], [1, 2, 3], false],
    [[1], { 0: 1 }, false],
    [{ d: new Date(0) }, { d: new Date(1) }, false], // not plain data: never the same
    [{ n: NaN }, { n: NaN }, false],
    ['x', 'x', true],
    [{ o: shared.outlets }, { o: shared.outlets }, false], // edited in place: no witness
  ])('%j vs %j → %s', (a, b, same) => {
    expect(sameAnswer(a, b, new Set([shared.outlets]))).toBe(same);
  });
});
