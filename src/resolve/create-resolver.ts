// Resolution across articles: maps an article's entity to the node that stands for the
// same real thing, or to a new stable key. Order of evidence: lexicon id; proposal
// identity (proposers + date, or name); normalised name or transliteration skeleton;
// then, only when unambiguous, surname or acronym. Nothing else merges, so look-alikes
// (Libya/Liberia, Sisi/Egypt, HoR/GNA) stay apart.
import { defaultLexicon } from '../lexicon/load-lexicon.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { slugify } from '../text/slugify.ts';
import type { EntityRef, KnowledgeGraph, ProposalRef } from '../types.ts';
import { queryWeakKeys, strongKeys, weakKeys } from './match-keys.ts';
import { matchProposal, proposalName, type ProposalLookup } from './match-proposal.ts';

export interface Resolver {
  /** Node key for `ref`; `proposers` are the node keys of a proposal's proposers. */
  resolve(ref: EntityRef, proposers?: string[]): string;
  /** Records a node's names so later articles find it (called after the node is merged). */
  register(key: string): void;
}

/** @example const resolver = createResolver(graph); resolver.resolve({label: 'Hafter', type: 'actor', kind: 'person', aliases: []}) */
export function createResolver(graph: KnowledgeGraph, lexicon: Lexicon = defaultLexicon()): Resolver {
  const strong = new Map<string, Set<string>>();
  const weak = new Map<string, Set<string>>();
  const add = (index: Map<string, Set<string>>, k: string, key: string) => {
    const set = index.get(k) ?? new Set<string>();
    set.add(key);
    index.set(k, set);
  };
  const proposalsByName = new Map<string, Set<string>>();
  const register = (key: string) => {
    if (!graph.hasNode(key)) return;
    const a = graph.getNodeAttributes(key);
    if (a.type === 'proposal') {
      for (const label of [a.label, ...a.aliases]) {
        const name = proposalName(label);
        if (name) add(proposalsByName, name, key);
      }
      return;
    }
    const names = [a.label, ...a.aliases, ...(a.lexId ? lexicon.entries.get(a.lexId)?.aliases ?? [] : [])];
    if (a.lexId) add(strong, `id:${a.lexId}`, key);
    for (const name of names) {
      for (const k of strongKeys(name, a.type)) add(strong, k, key);
      for (const k of weakKeys(name, a.type, a.kind)) add(weak, k, key);
    }
  };
  graph.forEachNode((key) => register(key));

  const unique = (index: Map<string, Set<string>>, keys: string[]): string | undefined => {
    for (const k of keys) {
      const hit = index.get(k);
      if (hit?.size === 1) return [...hit][0];
    }
    return undefined;
  };
  const fresh = (ref: EntityRef): string => {
    const base = `${ref.type}:${slugify(ref.label)}`;
    let key = base;
    for (let i = 2; graph.hasNode(key); i++) key = `${base}-${i}`;
    return key;
  };

  // people of each side by lexicon affiliation (the GNA → Sarraj, Bashagha …)
  const members = new Map<string, string[]>();
  for (const entry of lexicon.entries.values()) {
    if (entry.affiliation) members.set(entry.affiliation, [...(members.get(entry.affiliation) ?? []), entry.id]);
  }
  const nodeOf = (lexId: string) => unique(strong, [`id:${lexId}`]);
  const lookup: ProposalLookup = {
    // a node, the side it speaks for and that side's people: Sarraj's call = the GNA's call
    sameSide(key) {
      const lexId = graph.hasNode(key) ? graph.getNodeAttribute(key, 'lexId') : undefined;
      if (!lexId) return [key];
      const side = lexicon.entries.get(lexId)?.affiliation ?? lexId;
      const keys = [side, ...(members.get(side) ?? [])].map(nodeOf).filter((k): k is string => Boolean(k));
      return [...new Set([key, ...keys])];
    },
    named: (name) => proposalsByName.get(name) ?? [],
  };

  return {
    register,
    resolve(ref, proposers = []) {
      if (ref.type === 'proposal') return matchProposal(graph, ref as ProposalRef, proposers, lookup) ?? fresh(ref);
      if (ref.id) {
        const known = unique(strong, [`id:${ref.id}`]);
        return known ?? `${ref.type}:${slugify(lexicon.entries.get(ref.id)?.label ?? ref.label)}`;
      }
      const names = [ref.label, ...ref.aliases];
      return unique(strong, names.flatMap((n) => strongKeys(n, ref.type)))
        ?? unique(weak, names.flatMap((n) => [...weakKeys(n, ref.type, ref.kind), ...queryWeakKeys(n, ref.type)]))
        ?? fresh(ref);
    },
  };
}
