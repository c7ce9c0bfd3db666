// Curvatures that keep two relations between the same pair apart ("Turkey supports GNA"
// and "GNA supports Turkey", or supports + rejects): a single edge stays straight.
import type Graph from 'graphology';

const SPACING = 0.35;

/**
 * Curvature per edge for every pair of nodes joined by more than one edge.
 * @example edgeCurvatures(graph).get('backer:turkey|supports|actor:gna') → 0.175
 */
export function edgeCurvatures(graph: Graph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    edges.forEach((edge, i) => {
      // Curvature bends relative to the edge's own direction: flip it for edges that run
      // against the pair's order so that A→B and B→A bow to opposite sides.
      const forward = graph.source(edge) < graph.target(edge) ? 1 : -1;
      const offset = i - (edges.length - 1) / 2;
      curvatures.set(edge, forward * offset * SPACING);
    });
  }
  return curvatures;
}
