// score.py's `matches()`: a system triple matches a gold relation when the relation is
// the same and its ends are among the gold's acceptable sources and targets.
import type { GoldRelation } from './types.ts';

/** @example matchesGold(['gna', 'controls', 'sirte'], { s: ['gna', 'sarraj'], r: 'controls', t: ['sirte'] }) === true */
export function matchesGold([s, r, t]: readonly [string, string, string], gold: GoldRelation): boolean {
  return r === gold.r && gold.s.includes(s) && gold.t.includes(t);
}
