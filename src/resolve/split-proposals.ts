// Linked proposal reports can chain: weekly calls by one side, or a call linking two
// named plans, would make one "proposal" of a year of news. So a connected group is cut
// into proposals by a rule over its reports in date order: reports of one name form
// windows of 60 days from the first; unnamed reports form windows of a week from the
// first; an unnamed window joins the one named window its reports link to (a side's call
// and the plan it announced), when there is exactly one. Sorted by date, then article and
// label, so the cut depends on the reports only, not on the order they came in.
import { linked, SAME_CALL_DAYS, SAME_NAME_DAYS, type ProposalOcc } from './proposal-links.ts';

export type Report = ProposalOcc & { time: number };

const DAY = 86_400_000;
const order = (a: Report, b: Report) => a.time - b.time || (a.article < b.article ? -1 : a.article > b.article ? 1 : a.ref.label < b.ref.label ? -1 : a.ref.label > b.ref.label ? 1 : 0);

/** Consecutive runs of `sorted` that start a new window more than `days` after the last window's start. */
function windows<T extends Report>(sorted: T[], days: number): T[][] {
  const out: T[][] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.time - last[0].time <= days * DAY) last.push(r);
    else out.push([r]);
  }
  return out;
}

/** @example splitProposals(reports).length // → the proposals these linked reports are */
export function splitProposals<T extends Report>(reports: readonly T[]): T[][] {
  const undated = reports.filter((r) => Number.isNaN(r.time)).map((r) => [r]);
  const dated = reports.filter((r) => !Number.isNaN(r.time)).sort(order);
  const byName = new Map<string, T[]>();
  const nameless: T[] = [];
  for (const r of dated) {
    if (r.name) (byName.get(r.name) ?? byName.set(r.name, []).get(r.name)!).push(r);
    else nameless.push(r);
  }
  const named = [...byName.keys()].sort().flatMap((name) => windows(byName.get(name)!, SAME_NAME_DAYS));
  const unnamed = windows(nameless, SAME_CALL_DAYS);
  // named reports by date, each with its window, so a report finds its week's neighbours by bisection
  const byTime = named.flatMap((w, i) => w.map((r) => [r, i] as const)).sort((a, b) => a[0].time - b[0].time);
  const from = (t: number) => {
    let [lo, hi] = [0, byTime.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byTime[mid][0].time < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const alone: T[][] = [];
  for (const w of unnamed) {
    const targets = new Set<number>();
    for (const u of w) {
      for (let at = from(u.time - SAME_CALL_DAYS * DAY); at < byTime.length && byTime[at][0].time <= u.time + SAME_CALL_DAYS * DAY; at++) {
        if (linked(u, byTime[at][0])) targets.add(byTime[at][1]);
      }
    }
    if (targets.size === 1) named[[...targets][0]].push(...w);
    else alone.push(w);
  }
  return [...named, ...alone, ...undated];
}
