// The GEXF dynamics of one edge: `start`/`end` on a `controls` edge whose text says
// control changed, as the XML attribute text both GEXF writers put after the edge id.
// A change the text does not date is bounded by the earliest dated article stating it
// (the change happened by then), or, with no dated article, left open; either way the
// edge is marked `since_unknown`/`until_unknown`, and no sentinel year is ever written.
import { edgeValidity, isStatedDate, UNKNOWN_END, UNKNOWN_START } from '../query/edge-validity.ts';
import type { EdgeAttributes } from '../types.ts';
import { gexfDate } from './gexf-date.ts';

export interface Spell {
  start?: string;
  end?: string;
  /** The text says control began (or ended) but not when. */
  sinceUnknown: boolean;
  untilUnknown: boolean;
}

/** @example spellOf({ since: 'unknown', evidence: [{ date: '2020-06-06', … }] }) // → { start: '2020-06-06', sinceUnknown: true, untilUnknown: false } */
export function spellOf(a: Pick<EdgeAttributes, 'since' | 'until' | 'evidence'>): Spell {
  const { since, until } = edgeValidity(a);
  const spell: Spell = { sinceUnknown: Boolean(a.since) && !isStatedDate(a.since), untilUnknown: Boolean(a.until) && !isStatedDate(a.until) };
  const start = since && since !== UNKNOWN_START ? gexfDate(since, false) : undefined;
  const end = until && until !== UNKNOWN_END ? gexfDate(until, true) : undefined;
  if (start) spell.start = start;
  if (end) spell.end = end;
  return spell;
}

/** @example gexfSpell({ relation: 'controls', since: '2020-06', … }) // → ' start="2020-06-01"' */
export function gexfSpell(a: EdgeAttributes): string {
  const { start, end } = spellOf(a);
  return `${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}`;
}
