// When two proposals that articles report are the same one: the same proper name within
// two months, or proposers on the same side within a week (Sarraj's call of 21 Aug 2020
// told by two outlets; Sisi's call and "the Cairo Declaration" of the same days). Two
// differently named proposals are never the same, nor are two proposals of one article
// (its extractor already told them apart), nor an undated one with anything.
import { normalizeName } from '../text/normalize-name.ts';
import type { ProposalRef } from '../types.ts';

export const SAME_CALL_DAYS = 7;
export const SAME_NAME_DAYS = 60;

/** A proposal as one article reports it, with the sides of its proposers. */
export interface ProposalOcc {
  article: string;
  ref: ProposalRef;
  /** proposalName of the label. */
  name?: string;
  /** Sides the proposers speak for (their lexicon side, or their own node). */
  sides: readonly string[];
}

const time = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);

/** Days between two ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); Infinity when one is missing. */
export function dayGap(a?: string, b?: string): number {
  if (!a || !b) return Infinity;
  return Math.abs(time(a) - time(b)) / 86_400_000;
}

const names = new Map<string, string | undefined>(); // labels repeat across articles and recomputations

/** "Cairo Declaration (2020-06-06)" → "cairo declaration"; unnamed calls have no name. */
export function proposalName(label: string): string | undefined {
  if (names.has(label)) return names.get(label);
  if (names.size >= 50_000) names.clear();
  const base = label.replace(/\s*\(\d{4}(-\d{2}){0,2}\)$/, '');
  const name = /^ceasefire( call by .*)?$/i.test(base) ? undefined : normalizeName(base);
  names.set(label, name);
  return name;
}

/** @example linked(cairoByEgypt, callBySisi) // → true: same side, two days apart */
export function linked(a: ProposalOcc, b: ProposalOcc): boolean {
  if (a.article === b.article) return false;
  const gap = dayGap(a.ref.date, b.ref.date);
  if (a.name && b.name) return a.name === b.name ? gap <= SAME_NAME_DAYS : false;
  return gap <= SAME_CALL_DAYS && a.sides.some((s) => b.sides.includes(s));
}
