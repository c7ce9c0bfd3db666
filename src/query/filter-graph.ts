// A view of the graph for the viewer and /api/graph: only some node types and relations,
// or the state at a date (controls valid that day, proposals made by then), or only the
// facts stated by at least N outlets.
import type { SerializedGraph } from 'graphology-types';
import { InvalidInputError } from '../errors.ts';
import { edgeValidity } from './edge-validity.ts';
import { outletsOf } from './outlets-of.ts';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes, NodeType, Relation } from '../types.ts';

export interface GraphFilter {
  types?: NodeType[];
  relations?: Relation[];
  /** ISO date YYYY-MM-DD. */
  at?: string;
  /** Keep only edges whose evidence comes from at least this many distinct outlets. */
  minSources?: number;
}

export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @example filterGraph(graph, { at: '2020-06-10', relations: ['controls'] }).edges // → controls edges valid on 10 June 2020
 */
export function filterGraph(graph: KnowledgeGraph, filter: GraphFilter = {}): SerializedKnowledgeGraph {
  const { at } = filter;
  if (at !== undefined && !ISO_DATE.test(at)) throw new InvalidInputError(`query.filterGraph: "at" must be a date YYYY-MM-DD (got "${at}").`);
  const { minSources = 1 } = filter;
  if (!Number.isInteger(minSources) || minSources < 1) throw new InvalidInputError(`query.filterGraph: "minSources" must be a whole number ≥ 1 (got ${minSources}).`);
  const ledger = graph.getAttribute('outlets');
  const types = filter.types?.length ? new Set(filter.types) : undefined;
  const relations = filter.relations?.length ? new Set(filter.relations) : undefined;
  const full = graph.export();
  // Partial dates compare by prefix: "2020-06" ≤ "2020-06-05".
  const keepNode = (a: NodeAttributes) => (!types || types.has(a.type)) && !(at && a.type === 'proposal' && a.date && a.date.slice(0, at.length) > at);
  const nodes = full.nodes.filter((n) => keepNode(n.attributes!));
  const kept = new Set(nodes.map((n) => n.key));
  const validAt = (a: EdgeAttributes) => {
    if (!at || a.relation !== 'controls') return true;
    const { since, until } = edgeValidity(a);
    return (!since || since <= at) && (!until || until > at);
  };
  const edges = full.edges.filter(
    (e) => kept.has(e.source) && kept.has(e.target) && (!relations || relations.has(e.attributes!.relation)) && validAt(e.attributes!) &&
      (minSources === 1 || outletsOf(e.attributes!.evidence, ledger).length >= minSources),
  );
  return { ...full, nodes, edges };
}
