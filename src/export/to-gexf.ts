// GEXF 1.3 for Gephi, written by graphology-gexf as one string. What each node and edge
// says is gexfNode/gexfEdge (shared with the streaming writer, write-gexf-stream.ts).
// graphology-gexf cannot write GEXF dynamics, so this file extends its output by the
// smallest means: `mode="dynamic" timeformat="date"` on <graph> and `start`/`end` on the
// `controls` edges that have since/until, added to the writer's XML text afterwards.
import { write } from 'graphology-gexf';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../types.ts';
import { evidenceCounts } from './evidence-counts.ts';
import { gexfEdge } from './gexf-edge.ts';
import { gexfNode } from './gexf-node.ts';
import { gexfSpell } from './gexf-spell.ts';
import { layoutPositions } from './layout-positions.ts';

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => XML_ENTITIES[m]);

/** @example writeFileSync('graph.gexf', toGexf(graph)) */
export function toGexf(graph: KnowledgeGraph): string {
  const context = { evidence: evidenceCounts(graph), positions: layoutPositions(graph) };
  const xml = write<NodeAttributes, EdgeAttributes>(graph, {
    version: '1.3',
    pedantic: true,
    formatNode: (key, a) => gexfNode(key, a, context),
    formatEdge: (_key, a) => gexfEdge(a),
  });
  const spells = new Map<string, string>();
  graph.forEachEdge((key, a) => {
    const spell = gexfSpell(a);
    if (spell) spells.set(key, spell);
  });
  return xml
    .replace(/<graph defaultedgetype="(\w+)"/, '<graph mode="dynamic" timeformat="date" defaultedgetype="$1"')
    .replace(/<edge id="([^"]*)"/g, (tag, id: string) => tag + (spells.get(unescapeXml(id)) ?? ''));
}
