// Step 1 of the metric (data/eval/GUIDELINES.md, "How score.py scores a graph"): every
// node of the built graph → one gold id, or null. Actor, backer and city nodes meet the
// gold by name: their label (then their aliases) against the gold labels and aliases, both
// normalised. A proposal node is mapped through who proposes it, then its label, then its month.
import type { EvalGraph, Gold, NodeMapping } from './types.ts';

const TITLES = ['field marshal', 'brigadier general', 'major general', 'prime minister', 'president',
  'general', 'gen', 'mr', 'dr', 'sheikh', 'marshal', 'colonel', 'col', 'brig', 'pm'];
const PREFIXES = ['the ', ...TITLES.map((title) => `${title} `)];
// "'s" where a word ends: "Haftar's forces" → "Haftar forces", but "o's2" stays
const POSSESSIVE = /'s(?![\p{L}\p{N}_])/gu;

/**
 * The key under which names meet: lower case, accents and other combining marks dropped,
 * ’ read as ', a word-final "'s" dropped, every run of characters other than a–z, 0–9 and
 * "+" one space, then a leading "the" and titles (Gen., President, Prime Minister…) dropped
 * as long as something follows them.
 * @example normaliseName("The Prime Minister Fayez al-Sarraj's") === 'fayez al sarraj'
 */
export function normaliseName(name: string): string {
  let text = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  text = text.replace(/[\u2018\u2019]/g, "'").replace(POSSESSIVE, '');
  text = text.replace(/[^a-z0-9+]+/g, ' ').trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of PREFIXES) {
      if (text.startsWith(prefix) && text.length > prefix.length) {
        text = text.slice(prefix.length);
        changed = true;
      }
    }
  }
  return text;
}

// Attributes come from JSON or GEXF: strings, sometimes numbers, sometimes nothing.
const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** A node's name: its `label`, else its `name`, else ''. */
export const nodeName = (attrs: Record<string, unknown>): string => textOf(attrs.label) || textOf(attrs.name) || '';

/** A node's type, lower case: `type`, else `nodeType`, else `kind`. @example nodeType({ type: 'Actor' }) === 'actor' */
export const nodeType = (attrs: Record<string, unknown>): string =>
  (textOf(attrs.type) || textOf(attrs.nodeType) || textOf(attrs.kind) || '').toLowerCase();

/** A node's aliases: a list, a JSON list in a string (GEXF), or a string split on "|" or ";". */
export function nodeAliases(attrs: Record<string, unknown>): string[] {
  const value = attrs.aliases;
  const list = (items: unknown[]) => items.map(textOf).filter((x): x is string => x !== undefined);
  if (Array.isArray(value)) return list(value);
  const text = textOf(value);
  if (text === undefined) return [];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return list(parsed);
    } catch {
      // "[Tripoli] office" is a name, not JSON: split it like any other string
    }
  }
  return text.split(/[|;]/).map((part) => part.trim()).filter(Boolean);
}

/** Normalised label or alias → the gold ids that carry it (several when it is ambiguous). */
function nameIndex(items: Record<string, { label: string; aliases?: string[] }>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const [id, item] of Object.entries(items)) {
    for (const alias of [item.label, ...(item.aliases ?? [])]) {
      const key = normaliseName(alias);
      if (!index.has(key)) index.set(key, new Set());
      index.get(key)!.add(id);
    }
  }
  return index;
}

const only = (ids: Set<string>) => (ids.size === 1 ? [...ids][0] : null);
const both = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => b.has(x)));
const idsOf = (index: Map<string, Set<string>>, names: string[]) => new Set(names.flatMap((n) => [...(index.get(normaliseName(n)) ?? [])]));

/** The label if it names exactly one entity; else the aliases, if together they name exactly one. */
function mapEntity(attrs: Record<string, unknown>, index: Map<string, Set<string>>): string | null {
  return only(index.get(normaliseName(nodeName(attrs))) ?? new Set()) ?? only(idsOf(index, nodeAliases(attrs)));
}

/**
 * The first of these that holds exactly one gold proposal: proposed by one of its
 * proposers and named by its label; proposed by one of them in its month; proposed by one
 * of them; named by its label; named by its label in its month. Failing that, when its
 * proposers propose several, the one whose proposer set fits best (Jaccard), if unique.
 */
function mapProposal(attrs: Record<string, unknown>, proposers: Set<string>, gold: Gold, index: Map<string, Set<string>>): string | null {
  const all = Object.entries(gold.proposals);
  const candidates = new Set(all.filter(([, p]) => p.proposers.some((x) => proposers.has(x))).map(([id]) => id));
  const byLabel = idsOf(index, [nodeName(attrs), ...nodeAliases(attrs)]);
  const month = (textOf(attrs.date) ?? '').slice(0, 7);
  const byMonth = new Set(all.filter(([, p]) => month && p.date.slice(0, 7) === month).map(([id]) => id));
  for (const pool of [both(candidates, byLabel), both(candidates, byMonth), candidates, byLabel, both(byMonth, byLabel)]) {
    if (pool.size === 1) return only(pool);
  }
  if (candidates.size < 2) return null;
  const dated = both(candidates, byMonth);
  const fit = [...(dated.size ? dated : candidates)].map((id) => {
    const theirs = new Set(gold.proposals[id].proposers);
    return { id, jaccard: both(proposers, theirs).size / new Set([...proposers, ...theirs]).size };
  });
  const best = Math.max(...fit.map((f) => f.jaccard));
  const top = fit.filter((f) => f.jaccard === best);
  return top.length === 1 ? top[0].id : null;
}

/**
 * Entities first, then proposals in node order (a proposal's proposers are the gold ids of
 * the sources of its `proposes` edges, as mapped so far).
 * @example mapNodes(graph, gold).get('actor:khalifa-haftar') === 'haftar'
 */
export function mapNodes(graph: EvalGraph, gold: Gold): NodeMapping {
  const entityIndex = nameIndex(gold.entities);
  const mapping: NodeMapping = new Map();
  for (const [key, attrs] of graph.nodes) if (nodeType(attrs) !== 'proposal') mapping.set(key, mapEntity(attrs, entityIndex));
  const proposalIndex = nameIndex(gold.proposals);
  const proposedBy = new Map<string, string[]>();
  for (const [s, t, a] of graph.edges) if (a.relation === 'proposes') proposedBy.set(t, [...(proposedBy.get(t) ?? []), s]);
  for (const [key, attrs] of graph.nodes) {
    if (nodeType(attrs) !== 'proposal') continue;
    const proposers = new Set((proposedBy.get(key) ?? []).map((s) => mapping.get(s)).filter((id): id is string => typeof id === 'string'));
    mapping.set(key, mapProposal(attrs, proposers, gold, proposalIndex));
  }
  return mapping;
}
