// Types of the eval module: the graph as score.py sees it (plain attribute records),
// the gold file of data/eval/GUIDELINES.md, and the result object of score.py's
// `score()`, field for field, so that `--json` prints the same structure.

/** A graph read from JSON or GEXF: nodes by key in file order, edges as [source, target, attrs]. */
export interface EvalGraph {
  nodes: Map<string, Record<string, unknown>>;
  edges: Array<[string, string, Record<string, unknown>]>;
}

export interface GoldEntity { type: string; label: string; aliases: string[] }
export interface GoldProposal { label: string; date: string; proposers: string[]; aliases?: string[] }
export interface GoldRelation { s: string[]; r: string; t: string[]; optional?: boolean; since?: unknown; until?: unknown }
export interface Gold {
  entities: Record<string, GoldEntity>;
  proposals: Record<string, GoldProposal>;
  articles: Record<string, { date?: string; relations: GoldRelation[] }>;
}

/** Node key → gold id (entity or proposal), or null when nothing fits. */
export type NodeMapping = Map<string, string | null>;

export const RELATIONS = ['supports', 'rejects', 'controls', 'proposes'] as const;
export type ScoredRelation = (typeof RELATIONS)[number];

export interface RelationScore { precision: number; recall: number; f1: number; system: number; gold: number; tp: number; found: number }

export interface ScoreResult {
  overall: { f1: number; precision: number; recall: number; system_triples: number; gold_relations: number };
  relations: Record<ScoredRelation, RelationScore>;
  entities: { wanted: number; found: number; missing: string[]; duplicated: Record<string, number>; typed: number; type_correct: number };
  controls_temporal: { checked: number; correct: number };
  neutral_self_support: number;
  wrong: string[][];
  /** [source label, relation, target label]; a label is whatever the node holds (score.py keeps non-strings). */
  unmapped: unknown[][];
  missed: Array<{ s: string[]; r: string; t: string[] }>;
}
