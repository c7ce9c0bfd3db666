// Turns graphology's JSON serialisation (a snapshot as the store reads it, or /api/graph)
// into a KnowledgeGraph, checking the shape so a corrupt snapshot is an error, not a crash later.
import type { SerializedGraph } from 'graphology-types';
import { InvalidInputError } from '../errors.ts';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../types.ts';
import { createGraph } from './create-graph.ts';

type Serialized = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** @example fromSerialized(JSON.parse(readFileSync('data/graph.json', 'utf8'))) */
export function fromSerialized(data: unknown): KnowledgeGraph {
  const shape = data as Partial<Serialized> | null;
  if (!shape || typeof shape !== 'object' || !Array.isArray(shape.nodes) || !Array.isArray(shape.edges)) {
    throw new InvalidInputError('graph.fromSerialized: expected {nodes: [], edges: []} (graphology serialisation).');
  }
  const graph = createGraph();
  try {
    graph.import(shape as Serialized);
  } catch (error) {
    throw new InvalidInputError(`graph.fromSerialized: ${(error as Error).message}`);
  }
  return graph;
}

/**
 * Replaces the contents of `target` with a serialised graph (attributes included), in one
 * synchronous step; false, with `target` left empty, when the data is not a valid graph.
 * @example importSerialized(liveGraph, await readSnapshot('data/graph.json'))
 */
export function importSerialized(target: KnowledgeGraph, data: unknown): boolean {
  const shape = data as Partial<Serialized> | null;
  target.clear();
  target.replaceAttributes({});
  if (!shape || typeof shape !== 'object' || !Array.isArray(shape.nodes) || !Array.isArray(shape.edges)) return false;
  try {
    target.import(shape as Serialized);
    return true;
  } catch {
    target.clear();
    target.replaceAttributes({});
    return false;
  }
}
