// score.py's first step: the gold relations of the articles in scope, deduplicated by
// (sources, relation, targets) with the first occurrence kept; a fact that is required
// in one article and optional in another counts as required.
import type { Gold, GoldRelation } from './types.ts';

export interface GoldInScope { required: GoldRelation[]; optional: GoldRelation[] }

const keyOf = (r: GoldRelation) => JSON.stringify([[...new Set(r.s)].sort(), r.r, [...new Set(r.t)].sort()]);

/** @example goldInScope(gold, new Set(['000_d1b8230fdb0b1868.txt'])).required.length */
export function goldInScope(gold: Gold, articles?: Set<string>): GoldInScope {
  const required = new Map<string, GoldRelation>();
  const optional = new Map<string, GoldRelation>();
  for (const [name, article] of Object.entries(gold.articles)) {
    if (articles && articles.size > 0 && !articles.has(name)) continue;
    for (const relation of article.relations) {
      const bucket = relation.optional ? optional : required;
      if (!bucket.has(keyOf(relation))) bucket.set(keyOf(relation), relation);
    }
  }
  for (const key of required.keys()) optional.delete(key);
  return { required: [...required.values()], optional: [...optional.values()] };
}
