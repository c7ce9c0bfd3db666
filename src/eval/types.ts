// Types of the eval module: a graph as the scorer reads it (plain attribute records, from
// a file or from a built graph), the gold file of data/eval/GUIDELINES.md, and the score.
// The score's field names are those of the reference scorer's --json, so scripts written
// for one read the other.

/** A graph to score: nodes by key in file order, edges as [source, target, attributes]. */
export interface EvalGraph {
  nodes: Map<string, Record<string, unknown>>;
  edges: Array<[string, string, Record<string, unknown>]>;
}

export interface GoldEntity { type: string; label: string; aliases: string[] }
export interface GoldProposal { label: string; date: string; proposers: string[]; aliases?: string[] }
/** One fact: a system edge matches when its ends map to one of `s` and one of `t`. */
export interface GoldRelation { s: string[]; r: string; t: string[]; optional?: boolean; since?: unknown; until?: unknown }
export interface Gold {
  entities: Record<string, GoldEntity>;
  proposals: Record<string, GoldProposal>;
  /** Article file name → its facts. */
  articles: Record<string, { date?: string; relations: GoldRelation[] }>;
}

/** Node key → gold id (entity or proposal), or null when nothing fits. */
export type NodeMapping = Map<string, string | null>;

export const RELATIONS = ['supports', 'rejects', 'controls', 'proposes'] as const;
export type ScoredRelation = (typeof RELATIONS)[number];

/** Counts of one relation: system triples, the right ones among them, required gold facts, the found ones. */
export interface RelationScore { precision: number; recall: number; f1: number; system: number; gold: number; tp: number; found: number }

/** A triple of gold ids, or of labels for an edge with an unmapped end. */
export type Triple = [string, string, string];

export interface ScoreResult {
  overall: { f1: number; precision: number; recall: number; system_triples: number; gold_relations: number };
  relations: Record<ScoredRelation, RelationScore>;
  entities: {
    /** Gold entities named by the required facts, and how many of them some node maps to. */
    wanted: number;
    found: number;
    missing: string[];
    /** Gold id → the number of nodes mapped to it, where that is more than one. */
    duplicated: Record<string, number>;
    /** Nodes mapped to a gold entity, and how many of them carry its type. */
    typed: number;
    type_correct: number;
  };
  /** Required `controls` facts found, and how many have `until` set exactly where the gold does. */
  controls_temporal: { checked: number; correct: number };
  /** A proposer's `supports` of its own proposal: neither right nor wrong. */
  neutral_self_support: number;
  /** System triples no gold fact matches, sorted. */
  wrong: Triple[];
  /** Edges with an end no gold id fits, as [source label, relation, target label]. */
  unmapped: Triple[];
  /** Required gold facts no system triple matches. */
  missed: Array<{ s: string[]; r: string; t: string[] }>;
}
