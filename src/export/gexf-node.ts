// What the GEXF exports say about one node: attributes type, kind, aliases
// ("|"-separated), evidence count, mentions, date, lat/lon, camp; viz colour by type,
// size by evidence, layout position. Shared by toGexf and writeGexfStream.
import type { NodeAttributes } from '../types.ts';
import type { GexfElement, GexfNodeContext, GexfValue } from './gexf-element.ts';
import { TYPE_STYLE } from './type-style.ts';
import { xmlSafe } from './xml-safe.ts';

const FALLBACK_STYLE = { color: 'rgb(153,153,153)', size: 6 };

/** @example gexfNode('city:sirte', attributes, { evidence, positions }).viz.color // → 'rgb(44,160,44)' */
export function gexfNode(key: string, a: NodeAttributes, context: GexfNodeContext): GexfElement {
  const style = TYPE_STYLE[a.type] ?? FALLBACK_STYLE;
  const evidence = context.evidence.get(key) ?? 0;
  const attributes: Record<string, GexfValue> = {
    type: a.type,
    kind: xmlSafe(a.kind ?? ''),
    aliases: xmlSafe((a.aliases ?? []).join('|')),
    evidence,
    mentions: a.mentions ?? 0,
  };
  if (a.date) attributes.date = a.date;
  if (a.lat !== undefined && a.lon !== undefined) Object.assign(attributes, { lat: a.lat, lon: a.lon });
  if (a.camp !== undefined) attributes.camp = a.camp;
  // size grows with the log of the evidence: Haftar (14) ≈ 19.8, a one-fact city ≈ 10
  const size = style.size + 2 * Math.log2(1 + evidence);
  return { label: xmlSafe(a.label), attributes, viz: { color: style.color, size: Math.round(size * 10) / 10, ...context.positions.get(key) } };
}
