// score.py's `controls` check: for each required `controls` fact the system found, is
// `until` set on some matching edge exactly when the gold sets it?
import { matchesGold } from './matches-gold.ts';
import { pyTruthy } from './py-truthy.ts';
import type { SystemTriples } from './system-triples.ts';
import type { GoldRelation } from './types.ts';

/** @example controlsTemporal(scope.required, triples.system) → { checked: 10, correct: 10 } */
export function controlsTemporal(required: GoldRelation[], system: SystemTriples['system']): { checked: number; correct: number } {
  let checked = 0;
  let correct = 0;
  for (const g of required) {
    if (g.r !== 'controls') continue;
    const hits = [...system.values()].filter((entry) => matchesGold(entry.triple, g)).flatMap((entry) => entry.attrs);
    if (hits.length === 0) continue;
    checked += 1;
    if (hits.some((attrs) => pyTruthy(attrs.until)) === pyTruthy(g.until)) correct += 1;
  }
  return { checked, correct };
}
