// The shape of one GEXF node or edge before it is written, graphology-gexf's formatter
// shape (label, weight, attributes, viz): gexfNode and gexfEdge make it, toGexf and
// writeGexfStream write it, so the two writers say the same.

export type GexfValue = string | number | boolean;

export interface GexfElement {
  label?: string;
  weight?: number;
  attributes: Record<string, GexfValue>;
  viz?: { color: string; size: number; x?: number; y?: number };
}

/** What a node's element needs beyond its attributes: evidence counts and layout positions. */
export interface GexfNodeContext {
  evidence: Map<string, number>;
  positions: Map<string, { x: number; y: number }>;
}
