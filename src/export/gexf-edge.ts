// What the GEXF exports say about one edge: label = relation, weight = sources, and
// attributes relation, confidence, sources, evidence count, outlets ("a|b"). Shared by toGexf and
// writeGexfStream; the dynamics (start/end) are gexfSpell's.
import type { EdgeAttributes } from '../types.ts';
import type { GexfElement } from './gexf-element.ts';
import { outletsOf } from '../query/outlets-of.ts';

/** @example gexfEdge(attributes) // → { label: 'supports', weight: 2, attributes: { relation: 'supports', … } } */
export function gexfEdge(a: EdgeAttributes): GexfElement {
  return {
    label: a.relation,
    weight: a.sources || 1,
    attributes: { relation: a.relation, confidence: a.confidence, sources: a.sources, evidence: a.evidence?.length ?? 0, outlets: outletsOf(a.evidence).join('|') },
  };
}
