// How much evidence touches each node: the sum of the evidence of its edges. Exported
// as a node attribute and used for node sizes.
import type { KnowledgeGraph } from '../types.ts';

/** @example evidenceCounts(graph).get('actor:khalifa-haftar') // → 17 */
export function evidenceCounts(graph: KnowledgeGraph): Map<string, number> {
  const counts = new Map<string, number>(graph.mapNodes((k) => [k, 0]));
  graph.forEachEdge((_e, a, s, t) => {
    const n = a.evidence?.length ?? 0;
    counts.set(s, counts.get(s)! + n);
    counts.set(t, counts.get(t)! + n);
  });
  return counts;
}
