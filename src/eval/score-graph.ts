// Scores a graph against a gold file exactly as tests/fixtures/eval/score.py's `score()` does
// (rules in GUIDELINES.md) and returns the same object, field for field. The steps live
// in the files beside this one: map nodes, collect triples, count, entity and `until` checks.
import { controlsTemporal } from './controls-temporal.ts';
import { entityCounts } from './entity-counts.ts';
import { goldInScope } from './gold-in-scope.ts';
import { mapNodes } from './map-nodes.ts';
import { prf } from './prf.ts';
import { relationCounts } from './relation-counts.ts';
import { systemTriples } from './system-triples.ts';
import { RELATIONS, type EvalGraph, type Gold, type RelationScore, type ScoreResult, type ScoredRelation } from './types.ts';

/**
 * @param articles article file names to score; undefined or empty scores them all.
 * @example scoreGraph(await readGraphFile('g.json'), gold).overall.f1
 */
export function scoreGraph(graph: EvalGraph, gold: Gold, articles?: Set<string>): ScoreResult {
  const scope = goldInScope(gold, articles);
  const mapping = mapNodes(graph, gold);
  const triples = systemTriples(graph, gold, mapping);
  const { per, wrong, missed } = relationCounts(scope, triples);
  const relations = {} as Record<ScoredRelation, RelationScore>;
  for (const r of RELATIONS) {
    const v = per[r];
    relations[r] = { ...prf(v.tp, v.sys, v.found, v.gold), system: v.sys, gold: v.gold, tp: v.tp, found: v.found };
  }
  const total = (k: 'tp' | 'sys' | 'found' | 'gold') => RELATIONS.reduce((sum, r) => sum + per[r][k], 0);
  const overall = prf(total('tp'), total('sys'), total('found'), total('gold'));
  return {
    overall: { f1: overall.f1, precision: overall.precision, recall: overall.recall, system_triples: total('sys'), gold_relations: total('gold') },
    relations,
    entities: entityCounts(graph, gold, mapping, scope.required),
    controls_temporal: controlsTemporal(scope.required, triples.system),
    neutral_self_support: triples.neutral,
    wrong,
    unmapped: triples.unmapped,
    missed: missed.map((g) => ({ s: g.s, r: g.r, t: g.t })),
  };
}
