// When a fact held, as dates a query can compare. `since`/`until` that are not dates
// (e.g. "unknown": the text says control changed but not when) fall back to the date of
// the earliest article stating the fact, which the change cannot be later than.
import type { EdgeAttributes } from '../types.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export interface Validity {
  since?: string;
  until?: string;
}

/** @example edgeValidity({ until: 'unknown', evidence: [{ date: '2020-06-06', … }] }) // → {until: '2020-06-06'} */
export function edgeValidity(a: Pick<EdgeAttributes, 'since' | 'until' | 'evidence'>): Validity {
  const stated = () => (a.evidence ?? []).map((e) => e.date).filter((d): d is string => Boolean(d && DATE.test(d))).sort()[0];
  const pick = (value?: string) => (!value ? undefined : DATE.test(value) ? value : stated());
  const out: Validity = {};
  const since = pick(a.since);
  const until = pick(a.until);
  if (since) out.since = since;
  if (until) out.until = until;
  return out;
}
