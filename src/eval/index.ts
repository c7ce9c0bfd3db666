// The eval module: scores a built graph against a gold file with exactly the metric of
// tests/fixtures/eval/score.py (rules in GUIDELINES.md). Re-exports only.

// reading
export { readGraphFile } from './read-graph-file.ts';
export { checkGold } from './check-gold.ts';
// scoring
export { scoreGraph } from './score-graph.ts';
export { mapNodes } from './map-nodes.ts';
export { normaliseName } from './normalise-name.ts';
// printing
export { formatScore } from './format-score.ts';
export { toPythonJson } from './to-python-json.ts';
// types
export type { EvalGraph, Gold, ScoreResult } from './types.ts';
