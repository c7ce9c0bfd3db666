// score.py's `map_nodes()`: every node key → a gold id or null. Entities first, in node
// order; then proposals in node order, each seeing the mappings made before it.
import { aliasIndex } from './alias-index.ts';
import { mapEntity } from './map-entity.ts';
import { mapProposal } from './map-proposal.ts';
import { nodeType } from './node-type.ts';
import type { EvalGraph, Gold, NodeMapping } from './types.ts';

/** @example mapNodes(graph, gold).get('actor:khalifa-haftar') === 'haftar' */
export function mapNodes(graph: EvalGraph, gold: Gold): NodeMapping {
  const index = aliasIndex(gold.entities);
  const mapping: NodeMapping = new Map();
  for (const [key, attrs] of graph.nodes) {
    if (nodeType(attrs) !== 'proposal') mapping.set(key, mapEntity(attrs, index));
  }
  const proposalAlias = aliasIndex(gold.proposals);
  for (const [key, attrs] of graph.nodes) {
    if (nodeType(attrs) === 'proposal') mapping.set(key, mapProposal(key, graph, gold, mapping, proposalAlias));
  }
  return mapping;
}
