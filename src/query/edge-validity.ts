// When a fact held, as dates a query can compare. `since`/`until` that are not dates
// (e.g. "unknown": the text says control changed but not when) fall back to the date of
// the earliest article stating the fact, which the change cannot be later than.
import type { EdgeAttributes } from '../types.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** What edgeValidity answers for a change of unknown date when no article is dated either. */
export const UNKNOWN_START = '9999';
export const UNKNOWN_END = '0000';

/** True when a `since`/`until` value is a date the text gave ("2020-06-05", "2020-06", "2020"). */
export const isStatedDate = (value: string | undefined): boolean => value !== undefined && DATE.test(value);

export interface Validity {
  since?: string;
  until?: string;
}

/** @example edgeValidity({ until: 'unknown', evidence: [{ date: '2020-06-06', … }] }) // → {until: '2020-06-06'} */
export function edgeValidity(a: Pick<EdgeAttributes, 'since' | 'until' | 'evidence'>): Validity {
  const stated = () => (a.evidence ?? []).map((e) => e.date).filter((d): d is string => Boolean(d && DATE.test(d))).sort()[0];
  const pick = (value?: string) => (!value ? undefined : DATE.test(value) ? value : stated());
  const out: Validity = {};
  // with no date at all, a change of unknown date is placed at no date: a start that never
  // comes, an end that has always passed (so "as of" views leave it out rather than guess)
  const since = pick(a.since) ?? (a.since ? UNKNOWN_START : undefined);
  const until = pick(a.until) ?? (a.until ? UNKNOWN_END : undefined);
  if (since) out.since = since;
  if (until) out.until = until;
  return out;
}
