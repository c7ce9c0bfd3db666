// The word classes of data/lexicon/grammar.json as sets, loaded once: group and event
// nouns that stand for their owner, clause openers, control verbs, negators and modals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LEXICON_DIR } from '../../lexicon/load-lexicon.ts';

export interface Grammar {
  groupNouns: Set<string>;
  eventNouns: Set<string>;
  placeNouns: Set<string>;
  /** "Haftar's rival, Serraj": nouns that stand for the one named after them, never the owner. */
  counterNouns: Set<string>;
  /** "talks brokered by X": where a proposal is made; they stand for the sentence's proposal. */
  forumNouns: Set<string>;
  /** "the call for a truce", "the sincerity of the declaration": nouns that stand for the proposal after them. */
  requestNouns: Set<string>;
  /** Nouns that restate the proposal before them in apposition ("a truce on Monday, a move the RSF dismissed"). */
  restatingNouns: Set<string>;
  /** What a backer gives a party: troops, drones, weapons, money, aid ("sent drones to the RSF"). */
  assetNouns: Set<string>;
  attributeNouns: Set<string>;
  /** Words that judge a proposal: "catastrophic", "a historic mistake" vs "monumental", "a welcome step". */
  evaluations: { positive: string[]; negative: string[] };
  /** "reasserted control of X", "lost control of X": the verbs before "control of" that change who holds X. */
  controlVerbs: { gained: Set<string>; lost: Set<string> };
  timeNouns: Set<string>;
  /** "Syrian fighters", "Chadian mercenaries": men whose nationality names no state acting. */
  irregularNouns: Set<string>;
  /** "the line", "positions": what a holder holds when it stands in a place ("holding positions in Bakhmut"). */
  groundNouns: Set<string>;
  relativePronouns: Set<string>;
  /** Relative openers whose antecedent is no argument of the clause's verbs ("Bahir Dar, where militiamen clashed …"). */
  relativeAdverbs: Set<string>;
  subordinators: Set<string>;
  gerundPrepositions: Set<string>;
  speechVerbs: Set<string>;
  /** Verbs that report a statement: in their complement "would" is a reported future ("said it would send tanks"), not a hypothesis. */
  reportingVerbs: Set<string>;
  objectControlVerbs: Set<string>;
  accuseVerbs: Set<string>;
  intentVerbs: Set<string>;
  negativeVerbs: Set<string>;
  factiveVerbs: Set<string>;
  negators: Set<string>;
  modals: Set<string>;
  hypotheticals: Set<string>;
  particles: Set<string>;
  adverbInserts: Set<string>;
  /** List separators as token sequences, longest first ("and , to a lesser extent ,"). */
  listSeparators: string[][];
  listOpeners: Set<string>;
  /** Phrases that act as one adverb ("to a lesser extent"), as token sequences. */
  adverbialPhrases: string[][];
  /** "in support of", "on the side of": phrases that act as one preposition, as token sequences. */
  complexPrepositions: string[][];
  /** First words of the phrases above, to skip most words at once. */
  phraseStarts: Set<string>;
}

let cached: Grammar | undefined;

const words = (phrase: string): string[] => phrase.replace(/,/g, ' , ').trim().split(/\s+/);

/** @example loadGrammar().groupNouns.has('forces') // → true */
export function loadGrammar(): Grammar {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(join(DEFAULT_LEXICON_DIR, 'grammar.json'), 'utf8'));
  const set = (name: string) => new Set<string>(raw[name]);
  cached = {
    groupNouns: set('groupNouns'), eventNouns: set('eventNouns'), placeNouns: set('placeNouns'), counterNouns: set('counterNouns'), forumNouns: set('forumNouns'), requestNouns: set('requestNouns'), restatingNouns: set('restatingNouns'), assetNouns: set('assetNouns'), attributeNouns: set('attributeNouns'), evaluations: raw.evaluations, controlVerbs: { gained: new Set(raw.controlVerbs.gained), lost: new Set(raw.controlVerbs.lost) }, timeNouns: set('timeNouns'), irregularNouns: set('irregularNouns'), groundNouns: set('groundNouns'),
    relativePronouns: set('relativePronouns'), relativeAdverbs: set('relativeAdverbs'), subordinators: set('subordinators'), gerundPrepositions: set('gerundPrepositions'),
    speechVerbs: set('speechVerbs'), reportingVerbs: set('reportingVerbs'), objectControlVerbs: set('objectControlVerbs'), accuseVerbs: set('accuseVerbs'),
    intentVerbs: set('intentVerbs'), negativeVerbs: set('negativeVerbs'), factiveVerbs: set('factiveVerbs'),
    negators: set('negators'), modals: set('modals'), hypotheticals: set('hypotheticals'), particles: set('particles'),
    adverbInserts: set('adverbInserts'), listOpeners: set('listOpeners'),
    listSeparators: (raw.listSeparators as string[]).map(words).sort((a, b) => b.length - a.length),
    adverbialPhrases: (raw.adverbialPhrases as string[]).map(words),
    complexPrepositions: (raw.complexPrepositions as string[]).map(words),
    phraseStarts: new Set([...(raw.adverbialPhrases as string[]), ...(raw.complexPrepositions as string[])].map((p) => words(p)[0])),
  };
  return cached;
}
