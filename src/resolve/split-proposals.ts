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

export interface Rewindowed {
  /** Old windows [keep, drop) are replaced by `fresh`; those before and after stay as they were. */
  keep: number;
  drop: number;
  fresh: number[][];
}

/**
 * The windows of a sequence (reports `list` sorted in reportOrder, each window starting
 * more than `days` after the last one's start) after reports dated between `from` and `to`
 * came or went, given its `old` windows: the windows before the one open at `from` cannot
 * change, so the sweep starts at that window's start, and it stops at the first window
 * after `to` that starts at the same report as an old one (from there the old windows
 * follow again). A name reported all year costs the windows around its new report.
 * @example rewindow(list, [], at, 60, -Infinity, Infinity) // → every window, swept from the first report
 */
export function rewindow(list: readonly number[], old: readonly (readonly number[])[], at: (i: number) => Report, days: number, from: number, to: number): Rewindowed {
  let open = 0; // old windows that start before `from`
  for (let hi = old.length; open < hi; ) {
    const mid = (open + hi) >> 1;
    if (at(old[mid][0]).time < from) open = mid + 1;
    else hi = mid;
  }
  const keep = Math.max(0, open - 1);
  const start = open ? position(list, old[keep][0], at) : 0;
  const oldStarts = new Map(old.slice(keep + 1).map((w, j) => [w[0], keep + 1 + j]));
  const fresh: number[][] = [];
  for (let q = start; q < list.length; q++) {
    const r = at(list[q]);
    const last = fresh.at(-1);
    if (last && r.time - at(last[0]).time <= days * DAY) last.push(list[q]);
    else if (last && r.time > to && oldStarts.has(list[q])) return { keep, drop: oldStarts.get(list[q])!, fresh };
    else fresh.push([list[q]]);
  }
  return { keep, drop: old.length, fresh };
}

/** Where report `i` is in `list` (sorted in reportOrder). */
function position(list: readonly number[], i: number, at: (i: number) => Report): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reportOrder(at(list[mid]), at(i)) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A stable id for a group of reports: its sorted members. */
export const groupId = (prefix: string, members: readonly number[]) => `${prefix}:${[...members].sort((a, b) => a - b).join(',')}`;

/** Inserts report `i` into a list kept in reportOrder. */
export const insertSorted = (list: number[], i: number, at: (i: number) => Report) => list.splice(position(list, i, at), 0, i);
