// The eval module: scores a built graph against a gold file with the metric of
// data/eval/GUIDELINES.md ("How score.py scores a graph"). Re-exports only.

// reading
export { readGraphFile, readGraphJson, readGexf } from './read-graph.ts';
export { readGold, checkGold } from './read-gold.ts';
// scoring
export { mapNodes, normaliseName } from './map-nodes.ts';
export { scoreGraph, prf } from './score-graph.ts';
export { scoreEach } from './score-each.ts';
// printing
export { formatScore, formatEach, fixed3 } from './format-score.ts';
// types
export type { EvalGraph, Gold, GoldRelation, ScoreResult, RelationScore, Triple } from './types.ts';
export type { ArticleScore, EachScore, FactCounts } from './score-each.ts';
