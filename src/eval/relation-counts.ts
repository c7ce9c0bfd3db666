// score.py's counting: per relation, system triples (unmapped edges included) and those
// matching any gold relation, required or optional; required gold relations and those
// some system triple matches. Also lists the wrong triples (sorted) and missed relations.
import { InvalidInputError } from '../errors.ts';
import { compareCodePoints } from './compare-code-points.ts';
import type { GoldInScope } from './gold-in-scope.ts';
import { matchesGold } from './matches-gold.ts';
import type { SystemTriples } from './system-triples.ts';
import { RELATIONS, type GoldRelation, type ScoredRelation } from './types.ts';

export type Counts = Record<ScoredRelation, { tp: number; sys: number; gold: number; found: number }>;

/** @example relationCounts(goldInScope(gold), systemTriples(graph, gold, mapping)).per.controls.tp */
export function relationCounts(scope: GoldInScope, { system, unmapped }: SystemTriples): { per: Counts; wrong: string[][]; missed: GoldRelation[] } {
  const per = Object.fromEntries(RELATIONS.map((r) => [r, { tp: 0, sys: 0, gold: 0, found: 0 }])) as Counts;
  const all = [...scope.required, ...scope.optional];
  const triples = [...system.values()].map((entry) => entry.triple);
  const wrong: string[][] = [];
  for (const triple of triples) {
    const counts = per[triple[1] as ScoredRelation];
    counts.sys += 1;
    if (all.some((g) => matchesGold(triple, g))) counts.tp += 1;
    else wrong.push([...triple]);
  }
  for (const u of unmapped) per[u[1] as ScoredRelation].sys += 1;
  const missed: GoldRelation[] = [];
  for (const g of scope.required) {
    // score.py stops here with a KeyError
    if (!Object.hasOwn(per, g.r)) throw new InvalidInputError(`eval: gold relation "${g.r}" is not one of ${RELATIONS.join(', ')}.`);
    const counts = per[g.r as ScoredRelation];
    counts.gold += 1;
    if (triples.some((triple) => matchesGold(triple, g))) counts.found += 1;
    else missed.push(g);
  }
  return { per, wrong: wrong.sort(compareCodePoints), missed };
}
