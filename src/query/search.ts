// Ranked name search over labels and aliases, tolerant of transliteration ("Hafter" →
// Khalifa Haftar, "Sirt" → Sirte) and of short forms ("gna" → Government of National Accord),
// with the same name keys as resolution (text/name-keys.ts). Short queries are held to
// what they can mean: one or two letters match whole words or their starts, never a typo
// or a skeleton; a skeleton too thin to tell names apart ("zzzzzz" → "s") matches nothing.
import { isInformativeSkeleton, nameKeys, type NameKeys } from '../text/name-keys.ts';
import type { KnowledgeGraph, NodeType } from '../types.ts';
import { editDistance } from './edit-distance.ts';
import { nameIndex, type IndexedName, type IndexedNode } from './name-index.ts';
import type { NamePostings } from './name-postings.ts';
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

/** Query lengths (characters of the normalised query) from which each looser match is tried. */
export const MIN_QUERY_LENGTH = { prefix: 2, substring: 3, skeleton: 4, fuzzy: 4 } as const;

/** What a query may match, decided once per query. */
export interface Query extends NameKeys {
  prefix: boolean;
  substring: boolean;
  /** Whole-name skeleton comparison: long enough and a skeleton with enough consonants. */
  skeletal: boolean;
  /** Word-by-word skeleton comparison: every word keeps at least two consonants. */
  tokenSkeletal: boolean;
  fuzzy: boolean;
}

/** What a query may match (exported for the reference test that scans every name). */
export function queryOf(q: string, fuzzy: boolean): Query {
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

const hasAll = (hay: readonly string[], needles: readonly string[]) => {
  for (const n of needles) if (!hay.includes(n)) return false;
  return true;
};

/** Edit distance ≤ 1 needs the first or the last letter in common: most names fail that at once. */
const mayBeTypo = (q: string, c: string, max: number) =>
  Math.abs(c.length - q.length) <= max && (max > 1 || c.charCodeAt(0) === q.charCodeAt(0) || c.charCodeAt(c.length - 1) === q.charCodeAt(q.length - 1));

/** The score of one name for a query, 0 when it does not match (exported for the reference test). */
export function scoreName(q: Query, name: IndexedName): number {
  const norm = name.norm;
  if (norm === q.norm) return name.isLabel ? SCORE.label : SCORE.alias;
  if (q.skeletal && name.skeleton === q.skeleton) return SCORE.skeleton;
  // each word tier needs the query (or its first word, or that word's skeleton) inside the name
  const first = q.tokens.length > 0 && norm.includes(q.tokens[0]);
  const whole = norm.includes(q.norm);
  if (first || whole || (q.tokenSkeletal && name.skeleton.includes(q.skeletons[0]))) {
    const coverage = q.tokens.length / Math.max(1, name.tokens.length);
    if (first && hasAll(name.tokens, q.tokens)) return SCORE.token + 10 * coverage;
    if (q.tokenSkeletal && hasAll(name.skeletons, q.skeletons)) return SCORE.tokenSkeleton + 10 * coverage;
    const lengthShare = q.norm.length / Math.max(1, norm.length);
    if (whole && q.prefix && (norm.startsWith(q.norm) || name.tokens.some((t) => t.startsWith(q.norm)))) return SCORE.prefix + 10 * lengthShare;
    if (whole && q.substring) return SCORE.substring + 10 * lengthShare;
  }
  if (!q.fuzzy) return 0;
  const max = q.norm.length < 7 ? 1 : 2;
  let d = mayBeTypo(q.norm, norm, max) ? editDistance(q.norm, norm, max) : max + 1;
  for (const t of name.tokens) if (d > 0 && mayBeTypo(q.norm, t, max)) d = Math.min(d, editDistance(q.norm, t, max));
  return d <= max ? SCORE.fuzzy - 5 * d : 0;
}

/** The names that can score above 0 for `q`: each tier's necessary condition is one posting list. */
function candidates(q: Query, postings: NamePostings): Set<IndexedName> {
  const out = new Set<IndexedName>();
  const take = (names?: Set<IndexedName>) => names?.forEach((n) => out.add(n));
  take(postings.byNorm.get(q.norm));
  if (q.skeletal) take(postings.bySkeleton.get(q.skeleton));
  if (q.tokens.length) take(postings.byToken.get(q.tokens[0]));
  if (q.tokenSkeletal) take(postings.bySkeletonToken.get(q.skeletons[0]));
  if (q.prefix) take(postings.byStart.get(q.norm.slice(0, 2)));
  if (q.substring) {
    // every trigram of the query is in the name: the rarest one is enough to look through
    let rarest: Set<IndexedName> | undefined;
    for (let i = 0; i + 3 <= q.norm.length; i++) {
      const list = postings.byTrigram.get(q.norm.slice(i, i + 3)) ?? new Set(); // none: no name holds the whole query
      if (!rarest || list.size < rarest.size) rarest = list;
    }
    take(rarest);
  }
  if (q.fuzzy) {
    const max = q.norm.length < 7 ? 1 : 2;
    for (const list of [postings.byNorm, postings.byToken]) {
      for (const [text, names] of list) if (mayBeTypo(q.norm, text, max) && editDistance(q.norm, text, max) <= max) take(names);
    }
  }
  return out;
}

/**
 * Nodes whose label or aliases match `q`, best first (ties: more mentions, type, label, key).
 * @example search(graph, 'Hafter')[0].key // → 'actor:khalifa-haftar'
 */
export function search(graph: KnowledgeGraph, q: string, options: SearchOptions = {}): SearchHit[] {
  const query = queryOf(q, options.fuzzy ?? true);
  const limit = options.limit ?? 20;
  if (!query.norm && !graph.hasNode(q)) return [];
  const types = options.types?.length ? new Set(options.types) : undefined;
  const { entries, postings } = nameIndex(graph);
  const best = new Map<IndexedNode, [score: number, matched: string]>();
  const exact = entries.get(q);
  if (exact) best.set(exact, [SCORE.key, exact.label]);
  for (const name of query.norm ? candidates(query, postings) : []) {
    const s = scoreName(query, name);
    if (s > (best.get(name.owner)?.[0] ?? 0)) best.set(name.owner, [s, name.text]);
  }
  const hits: SearchHit[] = [];
  for (const [entry, [score, matched]] of best) {
    if (types && !types.has(entry.type)) continue;
    hits.push({ key: entry.key, label: entry.label, type: entry.type, kind: entry.kind, score: Math.round(score * 100) / 100, matched });
  }
  const mentions = (key: string) => entries.get(key)!.mentions;
  hits.sort((a, b) => b.score - a.score || mentions(b.key) - mentions(a.key) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1));
  return hits.slice(0, limit);
}
