// score.py's `node_type()`: the lower-cased `type` of a node (or `nodeType`, or `kind`),
// which decides whether a node is mapped as an entity or as a proposal.
import { pyOr } from './py-or.ts';
import { pyStr } from './py-str.ts';

/** @example nodeType({ type: 'Actor' }) === 'actor'; nodeType({}) === '' */
export function nodeType(attrs: Record<string, unknown>): string {
  return pyStr(pyOr(attrs.type, attrs.nodeType, attrs.kind, '')).toLowerCase();
}
