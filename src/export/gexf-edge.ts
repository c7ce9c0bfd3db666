// What the GEXF exports say about one edge: label = relation, weight = sources, and
// attributes relation, confidence, sources, evidence count, outlets ("a|b"), and
// `since_unknown` / `until_unknown` on a control change the text does not date. Shared by
// toGexf and writeGexfStream; the dynamics (start/end) are gexfSpell's.
import type { EdgeAttributes } from '../types.ts';
import type { GexfElement, GexfValue } from './gexf-element.ts';
import { spellOf } from './gexf-spell.ts';
import { outletsOf } from '../query/outlets-of.ts';

/** @example gexfEdge(attributes) // → { label: 'supports', weight: 2, attributes: { relation: 'supports', … } } */
export function gexfEdge(a: EdgeAttributes): GexfElement {
  const attributes: Record<string, GexfValue> = {
    relation: a.relation, confidence: a.confidence, sources: a.sources, evidence: a.evidence?.length ?? 0, outlets: outletsOf(a.evidence).join('|'),
  };
  const { sinceUnknown, untilUnknown } = spellOf(a);
  if (sinceUnknown) attributes.since_unknown = true;
  if (untilUnknown) attributes.until_unknown = true;
  return { label: a.relation, weight: a.sources || 1, attributes };
}
