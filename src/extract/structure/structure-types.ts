// The shallow syntax of one sentence: units (tokens, with each mention as one unit),
// noun-phrase chunks and the parties they stand for, coordinated lists, verb groups and
// clauses. Built by analyseSentence (structure/analyse-sentence.ts), read by the linker.

/** One token, or one whole mention ("Government of National Accord" is one unit). */
export interface Unit {
  text: string;
  lower: string;
  lemma: string;
  /** wink-nlp's universal POS tag, `ENT` for a mention; verbs mis-tagged as nouns are re-tagged. */
  pos: string;
  start: number;
  end: number;
  /** Mention id, for ENT units. */
  mention?: number;
  /** The mention is a nationality adjective ("Syrian", "Emirati"). */
  demonym?: boolean;
}

/** A noun phrase: "the Turkey-backed forces of the GNA", "Haftar's militias", "Sirte". */
export interface Chunk {
  id: number;
  /** Unit range, inclusive. */
  first: number;
  last: number;
  /** Unit index of the head word (the last noun or mention before any "of" complement). */
  head: number;
  headLemma: string;
  /** The head as written, lower case ("talks", where the lemma is "talk"). */
  headWord: string;
  /** Mention id when the head itself is a mention. */
  headMention?: number;
  /** Mention ids before "'s" ("Haftar's forces" → Haftar; "its" when it refers to a party). */
  possessors: number[];
  /** Mention ids that modify the head without "'s" ("Turkish troops", "GNA forces"). */
  modifiers: number[];
  /** The last modifier is a nationality adjective ("Syrian fighters"). */
  nationality?: boolean;
  /** The name right before a place-noun head ("Idlib city"). */
  nameBefore?: number;
  /** "Turkey-backed", "pro-Haftar", "UN-brokered": a mention joined to a participle or "pro". */
  prefixes: Array<{ mention: number; word: string }>;
  /** Referents of an "of" complement merged into the chunk ("the town of Gharyan", "forces of Haftar"). */
  complement: number[];
  /** The parties or places the chunk stands for (derived from the fields above). */
  refs: number[];
  /** "the Wagner Group PMC": the mention a run of capitalised words after it still names. */
  trailingName?: number;
  /** The chunk is a time expression ("last month", "on Thursday"): an adjunct, never an argument. */
  time: boolean;
}

/** Chunks joined by coordination: "Russia, the UAE and, to a lesser extent, Egypt". */
export interface ArgList {
  chunks: number[];
  first: number;
  last: number;
  refs: number[];
  /** The list gives examples of places ("86 communities, including A and B"): unknown names in it are places. */
  examplesOfPlaces?: boolean;
}

export type ClauseKind = 'main' | 'relative' | 'apposition' | 'subordinate' | 'participial' | 'adjunct' | 'parenthetical' | 'complement' | 'speech';

export interface Clause {
  id: number;
  kind: ClauseKind;
  first: number;
  last: number;
  parent: number;
  /** Relative clauses: the chunk the pronoun stands for. */
  antecedent?: number;
  /** The word that opened the clause ("which", "after", "while", "that"). */
  opener?: string;
  /** A relative clause with no pronoun, opened by its subject ("the towns the rebels had seized"). */
  contact?: boolean;
}

/** A verb with its auxiliaries: "has been backed", "will not accept", "to support". */
export interface VerbGroup {
  id: number;
  first: number;
  /** Unit index of the main verb. */
  verb: number;
  /** Last unit of the verb phrase lemma (multi-word verbs: "call for", "take control of"). */
  last: number;
  lemma: string;
  /** Lemmas of verbs chained before the main one in the group ("denied arming" → deny). */
  chain: string[];
  clause: number;
  passive: boolean;
  negated: boolean;
  modal: boolean;
  infinitive: boolean;
  gerund: boolean;
  /** Past participle without auxiliary ("X, backed by Y"; "Backed by Iran, …"). */
  participle: boolean;
  /** Past tense or perfect: the event happened. */
  past: boolean;
}

export interface SentenceStructure {
  sentence: number;
  units: Unit[];
  chunks: Chunk[];
  /** Chunk index of each unit, or -1. */
  chunkOf: number[];
  clauses: Clause[];
  /** Innermost clause of each unit. */
  clauseOf: number[];
  groups: VerbGroup[];
  /** Verb group index of each unit, or -1. */
  groupOf: number[];
  lists: ArgList[];
  /** List index of each chunk, or -1. */
  listOf: number[];
}
