// How reports of proposals fall into proposals, by rules local in time so that neither
// the order articles arrive in nor the size of the corpus matters: one name's reports in
// windows of 60 days from the first; unnamed reports of one side (their first proposer
// side) in windows of a week from the first; an unnamed window joins the one named window
// its reports link to (same side, within a week: a side's call and the plan it announced).
// Sorted by date, then article and label, so a window depends on the reports only.
import type { ProposalOcc } from './proposal-links.ts';

export type Report = ProposalOcc & { time: number; i: number };

const DAY = 86_400_000;

/** Date, then article, then label: the order windows are swept in. */
export const reportOrder = (a: Report, b: Report) =>
  a.time - b.time || (a.article < b.article ? -1 : a.article > b.article ? 1 : a.ref.label < b.ref.label ? -1 : a.ref.label > b.ref.label ? 1 : a.i - b.i);

/** Runs of `sorted` reports, each starting a new window more than `days` after the last window's start. */
export function windows(sorted: readonly Report[], days: number): Report[][] {
  const out: Report[][] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.time - last[0].time <= days * DAY) last.push(r);
    else out.push([r]);
  }
  return out;
}

/** A stable id for a group of reports: its sorted members. */
export const groupId = (prefix: string, members: readonly number[]) => `${prefix}:${[...members].sort((a, b) => a - b).join(',')}`;

/** Inserts `i` into a list kept in `order`. */
export function insertSorted(list: number[], i: number, order: (a: number, b: number) => number): void {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order(list[mid], i) < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, i);
}
