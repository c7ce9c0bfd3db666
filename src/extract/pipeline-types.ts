// The state that flows through the extractor's stages. Each stage reads some fields and
// assigns others (declared in its `requires`/`assigns`); the runner checks the order.
import type { ArticleDoc, Claim, EntityRef, Fact, NodeType } from '../types.ts';
import type { Denial } from './relations/find-denial.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import type { SentenceStructure } from './structure/structure-types.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;
  /** Lower-case lemma from wink-nlp ("took" → "take"). */
  lemma: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

export type MentionSource = 'lexicon' | 'epithet' | 'country' | 'demonym' | 'metonym' | 'place' | 'name' | 'pronoun' | 'proposal' | 'description';

export interface Mention {
  id: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
  source: MentionSource;
  type: NodeType;
  kind: string;
  /** Article entity key this mention refers to (assigned by coreference). */
  entity?: string;
  /** Lexicon entry id when the lexicon knows it. */
  lexId?: string;
  /** Person's country or organisation ("Egyptian President Sisi" → Egypt's entry id). */
  affiliation?: string;
  /** Id of the mention that names the affiliation right before the person ("Egyptian" in "Egyptian President Sisi"). */
  affiliationMention?: number;
  /** The mention stands for a group ("Haftar's forces", "forces of Haftar"), so "they" can refer to it. */
  collective?: boolean;
  /** The full name an acronym stands for ("RSF" → "Rapid Support Forces"), for coreference. */
  canonical?: string;
  /** Descriptions ("the army", "the rebels"): the role of data/lexicon/descriptions.json and its head word. */
  role?: string;
  head?: string;
  /** The mention follows a preposition ("in Sudan"): it is no clause subject. */
  afterPreposition?: boolean;
  /** Entities meant together with `entity` ("the two sides": both warring parties). */
  partners?: string[];
  /** A lone unknown word opening its sentence: kept only if it is a town of the theatre ("Hama fell to …"). */
  openingWord?: boolean;
  /** ISO 3166 alpha-2 code: the country a description belongs to, or where a town is. */
  country?: string;
  /** Proposal mentions: a proper name ("Cairo Declaration"), if any. */
  name?: string;
  /** Proposal mentions that are generic ("any ceasefire proposal") make no facts. */
  generic?: boolean;
  lat?: number;
  lon?: number;
}

/** An entity of one article: the cluster of its mentions. */
export interface ArticleEntity extends EntityRef {
  key: string;
  mentions: number;
  affiliation?: string;
  /** Proposals: ISO date and the entity keys of the proposers. */
  date?: string;
  proposers?: string[];
}

/** A relation read from one sentence, between mentions, before proposals are grouped. */
export interface RawFact {
  subject: number;
  relation: Fact['relation'];
  object: number;
  rule: string;
  sentence: number;
  start: number;
  end: number;
  /** controls: the holder gained (since) or lost (until) the place in this sentence. */
  change?: 'gained' | 'lost' | 'former';
  /** controls: the words of the clause that states the change, where its date is read (else the sentence's). */
  when?: string;
  confidence: number;
  /** The sentence is an attribution the text disputes: the fact is a claim (stage 9). */
  disputed?: Denial;
}

export interface PipelineState {
  doc: ArticleDoc;
  lexicon: Lexicon;
  /** Body with page furniture blanked (same length as doc.text, so offsets hold). */
  text?: string;
  sentences?: Sentence[];
  /** Theatre country code of the article (the country it is about). */
  theatre?: string;
  mentions?: Mention[];
  entities?: Map<string, ArticleEntity>;
  /** Shallow syntax of the sentences that name at least two things, by sentence index. */
  structures?: Map<number, SentenceStructure>;
  rawFacts?: RawFact[];
  facts?: Fact[];
  claims?: Claim[];
}

export interface Stage {
  name: string;
  requires: Array<keyof PipelineState>;
  assigns: Array<keyof PipelineState>;
  run(state: PipelineState): PipelineState;
}
