// The predicates of data/lexicon/predicates.json, indexed for the linker: verb triggers
// by the lemma of their first word (longest phrase first), noun, agent-noun, prefix and
// postmodifier triggers by their word, and every inflected verb form back to its lemma.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LEXICON_DIR } from '../../lexicon/load-lexicon.ts';
import { inflectVerb } from '../../lexicon/inflect-verb.ts';
import type { NodeType, Relation } from '../../types.ts';

/** What a role may be filled with: a party (actor or backer), a proposal or a place. */
export type TargetKind = 'party' | 'proposal' | 'place';
export type Change = 'gained' | 'lost' | 'state';

interface Trigger {
  relation: Relation | 'none';
  target: TargetKind[];
  change?: Change;
}

export interface VerbTrigger extends Trigger {
  lemma: string;
  /** The phrase after the first word ("call for" → ["for"]). */
  rest: string[];
  negated?: Relation;
  byType?: Partial<Record<NodeType, Relation>>;
  from?: boolean;
  objectLoses?: boolean;
  subjectIsPlace?: boolean;
  /** With no new holder said, the party that just took a place took this one too ("Herat fell on August 12"). */
  impliedGainer?: boolean;
  /** The new holder stands in one of these phrases, the subject (or the "by" agent) loses the place ("handed Ghazni to the Taliban"). */
  recipient?: string[];
  intentHolds?: boolean;
  /** The target stands in one of these phrases, the object is what is given ("provided drones to the RSF"). */
  via?: string[];
  /** The source stands in one of these phrases and the subject is the target, the object what is received ("received drones from Iran"). */
  sourceVia?: string[];
  /** In the passive the subject acts on the "by" phrase ("would not be bound by any ceasefire" rejects it). */
  passiveReversed?: boolean;
  /** Phrases besides "by" that name a passive's agents ("the deal signed in Doha between the Taliban and the US"). */
  agentVia?: string[];
  /** The object is the target only with a "with" phrase of assets ("provided him with advisers and money"). */
  withAsset?: boolean;
  /** Says something only when negated ("refused to attend the talks" rejects; attending says nothing). */
  negatedOnly?: boolean;
  /** The target must be named, not a pronoun ("diplomats doubt it" doubts a claim, not the truce). */
  namedTarget?: boolean;
  /** Only in the passive ("the truce called by Haftar"; "called it a first step" proposes nothing). */
  passiveOnly?: boolean;
}

export interface NounTrigger extends Trigger {
  lemma: string;
  agent: string[];
  targetSlots: string[];
  needsBoth?: boolean;
  /** The noun stands for the proposal itself ("under the mediation of Angola": the deal the sentence names). */
  selfTarget?: boolean;
}

export interface AgentNounTrigger extends Trigger {
  lemma: string;
  reverse?: boolean;
  denotesTarget?: boolean;
  needsPossessor?: boolean;
}

export interface PrefixTrigger extends Trigger {
  word: string;
  reverse?: boolean;
}

export interface PostTrigger extends Trigger {
  words: string[];
  reverse?: boolean;
}

export interface Predicates {
  verbs: Map<string, VerbTrigger[]>;
  nouns: Map<string, NounTrigger[]>;
  agentNouns: Map<string, AgentNounTrigger[]>;
  prefixes: Map<string, PrefixTrigger[]>;
  postmodifiers: PostTrigger[];
  /** Inflected form → lemma, for the verbs the triggers name ("retook" → "retake"). */
  formToLemma: Map<string, string>;
  /** Third-person and past forms of trigger verbs (to re-tag "backs"/NOUN as a verb). */
  finiteForms: Set<string>;
}

let cached: Predicates | undefined;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

/** @example loadPredicates().verbs.get('back')?.[0].relation // → 'supports' */
export function loadPredicates(): Predicates {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(join(DEFAULT_LEXICON_DIR, 'predicates.json'), 'utf8'));
  const forms: Record<string, string[]> = raw.forms ?? {};
  const out: Predicates = { verbs: new Map(), nouns: new Map(), agentNouns: new Map(), prefixes: new Map(), postmodifiers: [], formToLemma: new Map(), finiteForms: new Set() };
  for (const v of raw.verbs) {
    const [first, ...rest] = (v.lemma as string).split(' ');
    push(out.verbs, first, { ...v, rest });
    const all = forms[first] ?? inflectVerb(first);
    for (const f of all) if (!out.formToLemma.has(f)) out.formToLemma.set(f, first);
    for (const f of all.slice(1)) if (!f.endsWith('ing')) out.finiteForms.add(f);
  }
  for (const list of out.verbs.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  for (const n of raw.nouns) push(out.nouns, n.lemma, n);
  for (const n of raw.agentNouns) push(out.agentNouns, n.lemma, n);
  for (const p of raw.prefixes) push(out.prefixes, p.word, p);
  for (const p of raw.postmodifiers) out.postmodifiers.push({ ...p, words: (p.words as string).split(' ') });
  out.postmodifiers.sort((a, b) => b.words.length - a.words.length);
  return (cached = out);
}
