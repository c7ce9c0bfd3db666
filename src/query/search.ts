// Ranked name search over labels and aliases, tolerant of transliteration ("Hafter" →
// Khalifa Haftar, "Sirt" → Sirte) and of short forms ("gna" → Government of National Accord),
// with the same name keys as resolution (text/name-keys.ts). Short queries are held to
// what they can mean: one or two letters match whole words or their starts, never a typo
// or a skeleton; a skeleton too thin to tell names apart ("zzzzzz" → "s") matches nothing.
import { isInformativeSkeleton, nameKeys, type NameKeys } from '../text/name-keys.ts';
import type { KnowledgeGraph, NodeType } from '../types.ts';
import { editDistance } from './edit-distance.ts';
import { nameIndex, type IndexedName } from './name-index.ts';
import type { SearchHit } from './types.ts';

export interface SearchOptions {
  types?: NodeType[];
  limit?: number;
  /** Also return fuzzy (edit-distance) matches. Default true. */
  fuzzy?: boolean;
}

/** Score tiers: a whole-name match beats a token match beats a prefix beats a typo. */
export const SCORE = { key: 100, label: 90, alias: 85, skeleton: 75, token: 60, tokenSkeleton: 55, prefix: 40, substring: 30, fuzzy: 20 } as const;
/** Hits at or above this score are confident enough to resolve a name to a node. */
export const RESOLVE_MIN_SCORE = SCORE.prefix;

const TYPE_ORDER: Record<NodeType, number> = { actor: 0, backer: 1, city: 2, proposal: 3 };
const contains = (hay: string[], needles: string[]) => needles.every((n) => hay.includes(n));

/** Query lengths (characters of the normalised query) from which each looser match is tried. */
export const MIN_QUERY_LENGTH = { prefix: 2, substring: 3, skeleton: 4, fuzzy: 4 } as const;

/** What a query may match, decided once per query. */
interface Query extends NameKeys {
  prefix: boolean;
  substring: boolean;
  /** Whole-name skeleton comparison: long enough and a skeleton with enough consonants. */
  skeletal: boolean;
  /** Word-by-word skeleton comparison: every word keeps at least two consonants. */
  tokenSkeletal: boolean;
  fuzzy: boolean;
}

function queryOf(q: string, fuzzy: boolean): Query {
  const keys = nameKeys(q);
  const length = keys.norm.length;
  const long = length >= MIN_QUERY_LENGTH.skeleton;
  return {
    ...keys,
    prefix: length >= MIN_QUERY_LENGTH.prefix,
    substring: length >= MIN_QUERY_LENGTH.substring,
    skeletal: long && isInformativeSkeleton(keys.skeleton),
    tokenSkeletal: long && keys.skeletons.length === keys.tokens.length && keys.skeletons.every((s) => s.length >= 2),
    fuzzy: fuzzy && length >= MIN_QUERY_LENGTH.fuzzy,
  };
}

function scoreName(q: Query, name: IndexedName): number {
  if (name.norm === q.norm) return name.isLabel ? SCORE.label : SCORE.alias;
  const coverage = q.tokens.length / Math.max(1, name.tokens.length);
  if (q.skeletal && name.skeleton === q.skeleton) return SCORE.skeleton;
  if (q.tokens.length && contains(name.tokens, q.tokens)) return SCORE.token + 10 * coverage;
  if (q.tokenSkeletal && q.tokens.length && contains(name.skeletons, q.skeletons)) return SCORE.tokenSkeleton + 10 * coverage;
  const lengthShare = q.norm.length / Math.max(1, name.norm.length);
  if (q.prefix && (name.norm.startsWith(q.norm) || name.tokens.some((t) => t.startsWith(q.norm)))) return SCORE.prefix + 10 * lengthShare;
  if (q.substring && name.norm.includes(q.norm)) return SCORE.substring + 10 * lengthShare;
  if (!q.fuzzy) return 0;
  const max = q.norm.length < 7 ? 1 : 2;
  // lengths first: most names are too long or too short to be a typo of the query
  let d = Math.abs(name.norm.length - q.norm.length) <= max ? editDistance(q.norm, name.norm, max) : max + 1;
  for (const t of name.tokens) if (d > 0 && Math.abs(t.length - q.norm.length) <= max) d = Math.min(d, editDistance(q.norm, t, max));
  return d <= max ? SCORE.fuzzy - 5 * d : 0;
}

/**
 * Nodes whose label or aliases match `q`, best first (ties: more mentions, then type).
 * @example search(graph, 'Hafter')[0].key // → 'actor:khalifa-haftar'
 */
export function search(graph: KnowledgeGraph, q: string, options: SearchOptions = {}): SearchHit[] {
  const query = queryOf(q, options.fuzzy ?? true);
  const limit = options.limit ?? 20;
  if (!query.norm && !graph.hasNode(q)) return [];
  const types = options.types?.length ? new Set(options.types) : undefined;
  const hits: SearchHit[] = [];
  const mentions = new Map<string, number>();
  for (const entry of nameIndex(graph)) {
    if (types && !types.has(entry.type)) continue;
    let best = entry.key === q ? SCORE.key : 0;
    let matched = entry.label;
    for (const name of entry.names) {
      const s = scoreName(query, name);
      if (s > best) [best, matched] = [s, name.text];
    }
    if (best <= 0) continue;
    hits.push({ key: entry.key, label: entry.label, type: entry.type, kind: entry.kind, score: Math.round(best * 100) / 100, matched });
    mentions.set(entry.key, entry.mentions);
  }
  hits.sort((a, b) => b.score - a.score || mentions.get(b.key)! - mentions.get(a.key)! || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1));
  return hits.slice(0, limit);
}
