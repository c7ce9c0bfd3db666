// Node and edge sizes: a node grows with the number of articles that mention it
// ("sources"), an edge with the number of articles that state it.
import type { EdgeAttributes, NodeAttributes } from './api-types.ts';

/** @example nodeSize({articles: ['a', 'b', 'c', 'd']}) → 9 */
export function nodeSize(attrs: Pick<NodeAttributes, 'articles' | 'mentions'>): number {
  const sources = attrs.articles?.length ?? 0;
  return Math.min(4 + 2.5 * Math.sqrt(sources), 22);
}

/** @example edgeSize({sources: 2}) → 2 */
export function edgeSize(attrs: Pick<EdgeAttributes, 'sources'>): number {
  return Math.min(1 + 0.5 * (attrs.sources ?? 1), 5);
}
