// How many outlets state a fact: distinct outlets of its evidence (an evidence record
// without one counts as its own article's, as the server does).
import type { Evidence } from './api-types.ts';

/** @example outletCount([{ article: 'a', outlet: 'x', quote: '' }, { article: 'b', outlet: 'x', quote: '' }]) → 1 */
export function outletCount(evidence: Evidence[] = []): number {
  return new Set(evidence.map((e) => e.outlet ?? e.article)).size;
}
