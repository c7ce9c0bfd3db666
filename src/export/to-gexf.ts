// GEXF 1.3 for Gephi, written by graphology-gexf. Node attributes: type, kind, aliases
// ("|"-separated), evidence count; viz colour by type, size by evidence, positions;
// edge label = relation.
// graphology-gexf cannot write GEXF dynamics, so this file extends its output by the
// smallest means: `mode="dynamic" timeformat="date"` on <graph> and `start`/`end` on the
// `controls` edges that have since/until, added to the writer's XML text afterwards.
import { write } from 'graphology-gexf';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../types.ts';
import { edgeValidity } from '../query/edge-validity.ts';
import { evidenceCounts } from './evidence-counts.ts';
import { layoutPositions } from './layout-positions.ts';
import { TYPE_STYLE } from './type-style.ts';
import { xmlSafe } from './xml-safe.ts';

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => XML_ENTITIES[m]);

/** "2020-06" → "2020-06-01" (start) or "2020-06-30" (end): GEXF dates are full dates. */
export function gexfDate(value: string, end: boolean): string | undefined {
  const [y, m, d] = value.split('-').map(Number);
  if (!y) return undefined;
  const month = m || (end ? 12 : 1);
  const day = d || (end ? new Date(Date.UTC(y, month, 0)).getUTCDate() : 1);
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** @example writeFileSync('graph.gexf', toGexf(graph)) */
export function toGexf(graph: KnowledgeGraph): string {
  const evidence = evidenceCounts(graph);
  const positions = layoutPositions(graph);
  const xml = write<NodeAttributes, EdgeAttributes>(graph, {
    version: '1.3',
    pedantic: true,
    formatNode: (key, a) => {
      const style = TYPE_STYLE[a.type] ?? { color: 'rgb(153,153,153)', size: 6 };
      const attributes: Record<string, string | number> = {
        type: a.type,
        kind: xmlSafe(a.kind ?? ''),
        aliases: xmlSafe((a.aliases ?? []).join('|')),
        evidence: evidence.get(key) ?? 0,
        mentions: a.mentions ?? 0,
      };
      if (a.date) attributes.date = a.date;
      if (a.lat !== undefined && a.lon !== undefined) Object.assign(attributes, { lat: a.lat, lon: a.lon });
      if (a.camp !== undefined) attributes.camp = a.camp;
      const size = style.size + 2 * Math.log2(1 + (evidence.get(key) ?? 0));
      return { label: xmlSafe(a.label), attributes, viz: { color: style.color, size: Math.round(size * 10) / 10, ...positions.get(key) } };
    },
    formatEdge: (_key, a) => ({
      label: a.relation,
      weight: a.sources || 1,
      attributes: { relation: a.relation, confidence: a.confidence, sources: a.sources, evidence: a.evidence?.length ?? 0 },
    }),
  });
  const spells = new Map<string, string>();
  graph.forEachEdge((key, a) => {
    const { since, until } = edgeValidity(a);
    const start = since && gexfDate(since, false);
    const end = until && gexfDate(until, true);
    if (start || end) spells.set(key, `${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}`);
  });
  return xml
    .replace(/<graph defaultedgetype="(\w+)"/, '<graph mode="dynamic" timeformat="date" defaultedgetype="$1"')
    .replace(/<edge id="([^"]*)"/g, (tag, id: string) => tag + (spells.get(unescapeXml(id)) ?? ''));
}
