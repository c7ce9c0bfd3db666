// JSON export: graphology's own serialisation, the format of data/graph.json and
// /api/graph, which graphology's Graph.from() and score.py read back.
import type { KnowledgeGraph } from '../types.ts';

/** @example toJson(graph) // → '{"options":{…},"attributes":{…},"nodes":[…],"edges":[…]}' */
export function toJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}
