// Swaps a freshly built graph into the live one in place, in one synchronous step: the
// routers hold the live graph object, and no request can run between the clear and the
// last edge (one event-loop turn), so every answer sees either the old or the new graph.
import type { KnowledgeGraph } from '../types.ts';

/** @example replaceGraph(liveGraph, (await rebuildCorpus(dir, cache)).graph) */
export function replaceGraph(target: KnowledgeGraph, source: KnowledgeGraph): void {
  target.clear();
  target.replaceAttributes({ ...source.getAttributes() });
  source.forEachNode((key, attributes) => {
    target.addNode(key, attributes);
  });
  source.forEachDirectedEdge((key, attributes, from, to) => {
    target.addDirectedEdgeWithKey(key, from, to, attributes);
  });
}
