// The GEXF dynamics of one edge: `start`/`end` on a `controls` edge whose text says when
// control changed, as the XML attribute text both GEXF writers put after the edge id.
import { edgeValidity } from '../query/edge-validity.ts';
import type { EdgeAttributes } from '../types.ts';
import { gexfDate } from './gexf-date.ts';

/** @example gexfSpell({ relation: 'controls', since: '2020-06', … }) // → ' start="2020-06-01"' */
export function gexfSpell(a: EdgeAttributes): string {
  const { since, until } = edgeValidity(a);
  const start = since && gexfDate(since, false);
  const end = until && gexfDate(until, true);
  return `${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}`;
}
