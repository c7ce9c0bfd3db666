// The wire format of the conflict-kg HTTP API as the viewer reads it (DESIGN.md).
// The viewer talks to the API only, so it keeps its own copy of these shapes.

export type NodeType = 'actor' | 'backer' | 'city' | 'proposal';

export interface Evidence {
  article: string;
  sentence?: number;
  start?: number;
  end?: number;
  quote: string;
  rule?: string;
  date?: string;
  /** Who published the article (older snapshots: absent; the article stands in). */
  outlet?: string;
}

export interface NodeAttributes {
  label: string;
  type: NodeType;
  kind?: string;
  aliases?: string[];
  articles?: string[];
  mentions?: number;
  date?: string;
  camp?: number;
  /** Places: coordinates from the gazetteer. */
  lat?: number;
  lon?: number;
}

export interface EdgeAttributes {
  relation: string;
  evidence?: Evidence[];
  sources?: number;
  confidence?: number;
  since?: string;
  until?: string;
}

/** graphology's JSON serialisation, as GET /api/graph answers it. */
export interface SerializedGraph {
  attributes?: Record<string, unknown>;
  nodes: { key: string; attributes?: NodeAttributes }[];
  edges: { key?: string; source: string; target: string; attributes?: EdgeAttributes }[];
}

export interface Health {
  status: string;
  nodes: number;
  edges: number;
  articles: number;
}

/** One search hit from GET /api/nodes?q= (the viewer reads key and label, type when given). */
export interface NodeHit {
  key: string;
  label: string;
  type?: NodeType;
}

/** A node as answers cite it. */
export interface NodeRef {
  key: string;
  label: string;
  type: NodeType;
  kind?: string;
}

/** GET /api/control?place=: who held a place over time. */
export interface ControlAnswer {
  place: NodeRef;
  periods: Array<{ controller: NodeRef; since?: string; until?: string; current: boolean; edge: { key: string; evidence: Evidence[] } }>;
}

/** One side of a dispute, with its cited evidence. */
export interface DisputeSide {
  says: string;
  outlets: string[];
  evidence: Array<{ quote: string; article: string; outlet: string; date?: string }>;
  holder?: NodeRef;
  stance?: string;
  role?: string;
  date?: string;
}

/** GET /api/disputes. */
export interface DisputesAnswer {
  disputes: Array<{ kind: 'control' | 'stance' | 'denied'; summary: string; place?: NodeRef; nature?: string; claims: DisputeSide[] }>;
  counts: Record<string, number>;
}
