// The shape of a relation rule. Rules are data: a pattern over a sentence frame (see
// relations/build-frames.ts) with named groups `s` (subject list), `o` (object list),
// optionally `n` (a new holder) and `v` (the verb, for tense), plus type constraints.
import type { NodeType, Relation } from '../../types.ts';
import type { MentionSource } from '../pipeline-types.ts';

export interface RelationRule {
  id: string;
  relation: Relation;
  /** Pattern with macros: {E} one mention, {L} a list, {LS} a list that may trail "and other states", {V:class} verbs, {ADV}, {AUX}, {GAP}, {ROLE}. */
  pattern: string;
  subject?: NodeType[];
  object?: NodeType[];
  subjectSource?: MentionSource[];
  /** Mention sources the object may not be ("its Palestinian ally Hamas": a nationality before the noun describes the ally). */
  objectSourceNot?: MentionSource[];
  /** controls: what the verb says happened to the subject's control. */
  change?: 'gained' | 'lost' | 'former' | 'by-tense';
  /** The rule itself carries a negation ("will not follow"): do not filter negated matches. */
  negated?: boolean;
  /** The rule reads a state that holds even in intent clauses ("aims to liberate X from Y": Y holds X). */
  modalOk?: boolean;
  /**
   * Substrings a frame must contain for the rule to be tried at all (a cheap test before
   * the regex). Rules with {V:class} verbs and no keywords use the verb stems.
   */
  keywords?: string[];
  /** How far a fact from this rule can be trusted (default 0.8); accusations score lower. */
  confidence?: number;
  /**
   * controls: the subject is the holder who loses the place when the verb is past
   * ("liberated X from Y": Y until, the liberator `n` since); in intent clauses Y still holds.
   */
  holderLoses?: boolean;
  /** Example the rule is written for (documentation; tests hold the real rows). */
  example: string;
}
