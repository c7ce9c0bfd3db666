// Occurrences filed under keys (a proposal's name, a proposer's side), each list kept in
// date order, so "the reports of this side within a week of that date" is a bisection and
// a short walk, not a scan of every report.

const DAY = 86_400_000;

/** @example const bySide = dateIndex((i) => times[i]); bySide.add('side:gna', 3); [...bySide.within('side:gna', t, 7)] */
export function dateIndex(timeOf: (i: number) => number) {
  const lists = new Map<string, number[]>();
  const position = (list: number[], t: number) => {
    let [lo, hi] = [0, list.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timeOf(list[mid]) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    add(key: string, i: number) {
      const list = lists.get(key) ?? lists.set(key, []).get(key)!;
      list.splice(position(list, timeOf(i)), 0, i);
    },
    remove(key: string, i: number) {
      const list = lists.get(key);
      const at = list?.indexOf(i) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    },
    *within(key: string, t: number, days: number): Generator<number> {
      const list = lists.get(key) ?? [];
      for (let at = position(list, t - days * DAY); at < list.length && timeOf(list[at]) <= t + days * DAY; at++) yield list[at];
    },
  };
}

