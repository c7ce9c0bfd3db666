// Shapes the query library returns: plain, JSON-ready data (no graphology objects), so
// the server and the CLI can print or send them as they are.
import type { Evidence, NodeType, Relation } from '../types.ts';

/** A node as answers cite it. */
export interface NodeRef {
  key: string;
  label: string;
  type: NodeType;
  kind: string;
}

/** One edge with its provenance. */
export interface EdgeView {
  key: string;
  source: string;
  target: string;
  relation: Relation;
  confidence: number;
  sources: number;
  since?: string;
  until?: string;
  evidence: Evidence[];
}

/** One step of a path: the edges (any direction, allowed relations) joining two nodes. */
export interface Hop {
  from: string;
  to: string;
  edges: EdgeView[];
}

export interface Path {
  length: number;
  nodes: NodeRef[];
  hops: Hop[];
}

export interface SearchHit extends NodeRef {
  score: number;
  /** The label or alias that matched. */
  matched: string;
}
