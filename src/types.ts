// The schema of conflict-kg: articles in, facts out, and the typed graph they build.
// Every module speaks these types; module-only types stay in their module.
import type Graph from 'graphology';

/** The four node types of the guidelines (data/eval/GUIDELINES.md). */
export type NodeType = 'actor' | 'backer' | 'city' | 'proposal';
export const NODE_TYPES: readonly NodeType[] = ['actor', 'backer', 'city', 'proposal'];

/** Edge relations. `supports`/`rejects` towards a proposal are stances on it. */
export type Relation = 'supports' | 'rejects' | 'controls' | 'proposes';
export const RELATIONS: readonly Relation[] = ['supports', 'rejects', 'controls', 'proposes'];

/** One article as loaded from disk (store/) or posted to the API. */
export interface ArticleDoc {
  /** File name, e.g. `000_d1b8230fdb0b1868.txt`; stable across rebuilds. */
  id: string;
  /** Body text without the metadata header. */
  text: string;
  /** ISO date (YYYY-MM-DD) of publication, when known. */
  date?: string;
  source?: string;
  title?: string;
  /** Who published it: front matter `outlet:`, else the host of `source`, else the file (store/article-outlet.ts). */
  outlet?: string;
}

/** Where a fact was read: enough to find the quote again and the rule that made it. */
export interface Evidence {
  article: string;
  /** Sentence index within the cleaned article. */
  sentence: number;
  /** Character span [start, end) in the article body. */
  start: number;
  end: number;
  quote: string;
  /** Id of the rule that produced the fact, e.g. `supports.x-backed-y`. */
  rule: string;
  /** Publication date of the article, when known. */
  date?: string;
  /** Who published the article (ArticleDoc.outlet); older snapshots lack it, the article id stands in. */
  outlet?: string;
}

/** An entity as an article names it, before resolution across articles. */
export interface EntityRef {
  /** Canonical label for this article (e.g. "Khalifa Haftar"). */
  label: string;
  type: NodeType;
  kind: string;
  /** Lexicon id when the lexicon knows the entity (`haftar`), else undefined. */
  id?: string;
  /** Every surface form the article used. */
  aliases: string[];
  lat?: number;
  lon?: number;
}

/** A proposal (ceasefire) as an article describes it. */
export interface ProposalRef extends EntityRef {
  type: 'proposal';
  /** ISO date, as exact as the text allows (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  /** Labels of the proposers (resolution keys of their EntityRefs). */
  proposers: string[];
  terms?: string;
}

/** One fact read from one article. Subject and object are EntityRefs of that article. */
export interface Fact {
  subject: EntityRef;
  relation: Relation;
  object: EntityRef;
  evidence: Evidence;
  since?: string;
  until?: string;
  confidence: number;
}

/**
 * An attribution the text itself disputes ("X claimed that A was arming B, which A denied"):
 * the claimed fact with who claimed and who denied it. Never a fact of the graph.
 */
export interface Claim {
  fact: Fact;
  /** Who made the claim, when the text names them ("Ahmed al-Mismari claimed …"). */
  claimant?: EntityRef;
  denial: { by?: EntityRef; evidence: Evidence };
}

/** What the extractor returns for one article. */
export interface ArticleExtraction {
  article: string;
  date?: string;
  /** ArticleDoc.outlet, so the graph can count articles per outlet. */
  outlet?: string;
  entities: EntityRef[];
  facts: Fact[];
  /** Disputed attributions, kept apart from the facts. */
  claims?: Claim[];
}

export interface NodeAttributes {
  label: string;
  type: NodeType;
  kind: string;
  aliases: string[];
  articles: string[];
  mentions: number;
  /** Lexicon id when the lexicon knows the entity (data/lexicon/actors.json). */
  lexId?: string;
  lat?: number;
  lon?: number;
  /** Proposals: ISO date and a summary of terms. */
  date?: string;
  terms?: string;
  camp?: number;
}

export interface EdgeAttributes {
  relation: Relation;
  evidence: Evidence[];
  /** Number of distinct articles that state the fact. */
  sources: number;
  confidence: number;
  /**
   * ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), or "unknown" when the text says control
   * changed but neither it nor the article gives a date (an undated article's "on Friday").
   */
  since?: string;
  until?: string;
}

export interface GraphAttributes {
  name?: string;
  builtAt?: string;
  articles?: number;
  /** corpusDigest of the articles the graph was rebuilt from (snapshots made by `serve`/`build`). */
  corpus?: string;
  /** Article id → outlet, for every merged article (graph/corpus-graph.ts). */
  outlets?: Record<string, string>;
  /** Disputed attributions of every merged article, kept beside the graph, never as edges. */
  claims?: Claim[];
}

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
