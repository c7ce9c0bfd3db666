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
