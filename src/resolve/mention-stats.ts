// Counts over a group of mentions, kept as mentions arrive so that a cluster's canonical
// label, type, kind, place, aliases, articles and match keys never need a pass over all
// its mentions (Turkey is named in thousands of articles; one more must cost one mention).
// Counts are order-free, so clusters built in any order have equal stats.
import type { EntityRef, NodeType, ProposalRef } from '../types.ts';
import { nameKeys } from '../text/name-keys.ts';
import { queryWeakKeys, strongKeys, weakKeys } from './match-keys.ts';

export interface MentionStats {
  mentions: number;
  labels: Map<string, number>;
  /** Each label's first article (smallest id): ties between labels go to the one read first in file order. */
  labelFirst: Map<string, string>;
  types: Map<NodeType, number>;
  kinds: Map<string, number>;
  places: Map<string, number>;
  dates: Map<string, number>;
  /** Labels and aliases; `aliases` the aliases alone (a proposal's labels carry dates). */
  names: Set<string>;
  aliases: Set<string>;
  /** Distinct articles, sorted; `perArticle` counts mentions by article. */
  articles: string[];
  perArticle: Map<string, number>;
  /** Smallest "article\0label": orders clusters that claim one node key. */
  anchor: string;
  /** A label has two words or more (a full name, not a short form). */
  full: boolean;
  /** "name|type|kind" already filed under its keys. */
  filed: Set<string>;
  /** Strong keys of every name, surname and acronym keys, and the keys a short form probes. */
  strong: Set<string>;
  weak: Set<string>;
  probes: Set<string>;
  lexId?: string;
}

export const emptyStats = (): MentionStats => ({
  mentions: 0, labels: new Map(), labelFirst: new Map(), types: new Map(), kinds: new Map(), places: new Map(), dates: new Map(), names: new Set(), aliases: new Set(),
  articles: [], perArticle: new Map(), anchor: '\uffff', full: false, filed: new Set(), strong: new Set(), weak: new Set(), probes: new Set(),
});

const bump = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

function insertSorted(list: string[], value: string): void {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== value) list.splice(lo, 0, value);
}

/** Two sorted lists as one, without repeats. */
function mergeSorted(a: string[], b: string[]): string[] {
  const out: string[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * Files a name under its keys as the given type and kind would (a lexicon alias: the
 * entry's; `keysOnly` for names no article used, which match but are not node aliases).
 */
export function addName(stats: MentionStats, name: string, type: NodeType, kind: string, keysOnly = false): void {
  if (!keysOnly) stats.names.add(name);
  const triple = `${name}|${type}|${kind}`;
  if (stats.filed.has(triple)) return;
  stats.filed.add(triple);
  for (const k of strongKeys(name, type)) stats.strong.add(k);
  for (const k of weakKeys(name, type, kind)) stats.weak.add(k);
  for (const k of queryWeakKeys(name, type)) stats.probes.add(k);
}

/** @example const s = emptyStats(); addMention(s, 'a.txt', ref); s.labels.get(ref.label) // → 1 */
export function addMention(stats: MentionStats, article: string, ref: EntityRef): void {
  stats.mentions++;
  bump(stats.labels, ref.label);
  if (!(stats.labelFirst.get(ref.label)! <= article)) stats.labelFirst.set(ref.label, article);
  bump(stats.types, ref.type);
  bump(stats.kinds, ref.kind);
  if (ref.lat !== undefined) bump(stats.places, `${ref.lat},${ref.lon}`);
  const date = (ref as ProposalRef).date;
  if (date) bump(stats.dates, date);
  if (!stats.perArticle.has(article)) insertSorted(stats.articles, article);
  bump(stats.perArticle, article);
  const anchor = `${article}\0${ref.label}`;
  if (anchor < stats.anchor) stats.anchor = anchor;
  if (nameKeys(ref.label).skeletons.length >= 2) stats.full = true;
  if (ref.id) stats.lexId = ref.id;
  for (const alias of ref.aliases) stats.aliases.add(alias);
  if (ref.type === 'proposal') return; // proposals match by name and side, not by keys: names only
  for (const name of new Set([ref.label, ...ref.aliases])) addName(stats, name, ref.type, ref.kind);
}

/** Adds `source` into `target` (a union of two groups). */
export function mergeStats(target: MentionStats, source: MentionStats): void {
  target.mentions += source.mentions;
  for (const field of ['labels', 'types', 'kinds', 'places', 'dates', 'perArticle'] as const) {
    for (const [k, n] of source[field] as Map<string, number>) bump(target[field] as Map<string, number>, k, n);
  }
  for (const [label, article] of source.labelFirst) if (!(target.labelFirst.get(label)! <= article)) target.labelFirst.set(label, article);
  target.articles = mergeSorted(target.articles, source.articles);
  for (const field of ['names', 'aliases', 'filed', 'strong', 'weak', 'probes'] as const) for (const k of source[field]) target[field].add(k);
  if (source.anchor < target.anchor) target.anchor = source.anchor;
  target.full ||= source.full;
  target.lexId ??= source.lexId;
}

/**
 * Stats of several groups together, for reading (per-article counts are left out); one
 * group is returned as it is, not copied.
 */
export function combineStats(groups: readonly MentionStats[]): MentionStats {
  if (groups.length === 1) return groups[0];
  const all = emptyStats();
  for (const g of groups) {
    mergeStats(all, { ...g, perArticle: new Map(), articles: [] });
    all.articles = mergeSorted(all.articles, g.articles);
  }
  return all;
}
