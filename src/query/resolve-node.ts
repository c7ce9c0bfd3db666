// Turns what a user typed (a node key or a name) into one node key, or says why not:
// unknown → NotFoundError with suggestions, several equally good matches → AmbiguousError.
import { AmbiguousError, NotFoundError } from '../errors.ts';
import type { KnowledgeGraph, NodeType } from '../types.ts';
import { nodesNamed } from './name-index.ts';
import { nameKeys } from '../text/name-keys.ts';
import { RESOLVE_MIN_SCORE, search } from './search.ts';

export interface ResolveOptions {
  types?: NodeType[];
  /** Names the caller in messages, e.g. "query.paths". */
  where?: string;
}

/**
 * @example resolveNode(graph, 'Hafter') // → 'actor:khalifa-haftar'
 * @example resolveNode(graph, 'Hafterr') // throws NotFoundError: … Did you mean "Khalifa Haftar"?
 */
export function resolveNode(graph: KnowledgeGraph, ref: string, options: ResolveOptions = {}): string {
  const where = options.where ?? 'query';
  const types = options.types;
  if (graph.hasNode(ref) && (!types || types.includes(graph.getNodeAttribute(ref, 'type')))) return ref;
  // Fast path: exactly one node carries this very name (no scan of every node).
  const named = nodesNamed(graph, nameKeys(ref).norm).filter((k) => !types || types.includes(graph.getNodeAttribute(k, 'type')));
  if (named.length === 1) return named[0];
  const hits = search(graph, ref, { types, limit: 8 });
  const top = hits[0];
  if (!top || top.score < RESOLVE_MIN_SCORE) {
    const suggestions = hits.slice(0, 5).map((h) => h.label);
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : ' Try /api/nodes?q= to search.';
    const kinds = types ? ` of type ${types.join('/')}` : '';
    throw new NotFoundError(`${where}: node "${ref}"${kinds} not found.${hint}`, { suggestions });
  }
  const tied = hits.filter((h) => h.score === top.score);
  if (tied.length > 1) {
    const candidates = tied.map((h) => `${h.label} (${h.key})`);
    throw new AmbiguousError(`${where}: "${ref}" matches several nodes: ${candidates.join(', ')}. Use a fuller name or a node key.`, {
      candidates: tied.map((h) => h.key),
    });
  }
  return top.key;
}
