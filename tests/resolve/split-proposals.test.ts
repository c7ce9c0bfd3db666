// Windows swept again around what changed equal windows swept from the first report:
// random sequences of dates, reports added and removed at random (fast-check), the old
// windows kept before and after the span the sweep covered.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertSorted, rewindow, type Report } from '../../src/resolve/split-proposals.ts';

const DAY = 86_400_000;
const reportAt = (day: number, i: number) => ({ article: `a${i}.txt`, ref: { label: 'Cairo Declaration' }, sides: [], time: day * DAY, i }) as unknown as Report;
const whole = (list: number[], at: (i: number) => Report, days: number) => rewindow(list, [], at, days, -Infinity, Infinity).fresh;

describe('rewindow', () => {
  it('sweeps every window when there are no old ones', () => {
    const reports = [0, 10, 70, 75, 200].map(reportAt);
    expect(whole([0, 1, 2, 3, 4], (i) => reports[i], 60)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('after reports come and go, the kept and re-swept windows are the windows of the new sequence', () => {
    const days = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 40 });
    const cases = fc.tuple(days, fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 3 }), fc.constantFrom(7, 60));
    fc.assert(fc.property(cases, ([before, added, removed, span]) => {
      const reports = [...before, ...added].map(reportAt);
      const at = (i: number) => reports[i];
      const list: number[] = [];
      before.forEach((_, i) => insertSorted(list, i, at));
      const old = whole(list, at, span);
      const changed: number[] = [];
      for (const k of removed) {
        if (list.length < 2) break;
        changed.push(list.splice(k % list.length, 1)[0]);
      }
      added.forEach((_, k) => [insertSorted(list, before.length + k, at), changed.push(before.length + k)]);
      const times = changed.map((i) => at(i).time);
      const { keep, drop, fresh } = rewindow(list, old, at, span, Math.min(...times), Math.max(...times));
      expect([...old.slice(0, keep), ...fresh, ...old.slice(drop)]).toEqual(whole(list, at, span));
    }), { numRuns: 500 });
  });
});
