// The linker: every trigger of one sentence — verbs, event nouns, agent nouns, prefixes
// and postmodifiers of data/lexicon/predicates.json — has its roles filled over the
// sentence's structure, and each filling that fits the trigger's types becomes a raw fact.
import type { Mention, RawFact } from '../pipeline-types.ts';
import type { Grammar } from '../structure/load-grammar.ts';
import type { SentenceStructure } from '../structure/structure-types.ts';
import { FactSink } from './fact-sink.ts';
import { Arguments } from './find-arguments.ts';
import { linkEvaluations } from './link-evaluations.ts';
import { linkModifiers } from './link-modifiers.ts';
import { linkNouns } from './link-nouns.ts';
import { linkVerbs } from './link-verbs.ts';
import type { Predicates } from './load-predicates.ts';

export interface LinkContext {
  byId: Map<number, Mention>;
  grammar: Grammar;
  predicates: Predicates;
  sameEntity: (a: number, b: number) => boolean;
  /** The parties that took a place in the sentence before (see FactSink). */
  advancing?: number[];
  /** May a name nothing typed act as a party (see FactSink)? */
  mayAct?: (m: Mention) => boolean;
}

/**
 * @returns the raw facts, and the untyped names they took as towns or as parties.
 * @example linkSentence(structures.get(0)!, ctx).facts.map((f) => f.rule)
 */
export function linkSentence(s: SentenceStructure, ctx: LinkContext): { facts: RawFact[]; towns: Set<number>; parties: Set<number> } {
  const args = new Arguments(s, ctx.grammar);
  const sink = new FactSink(ctx.byId, s.sentence, ctx.sameEntity, ctx.advancing ?? [], ctx.mayAct);
  linkVerbs(args, ctx.predicates, ctx.grammar, sink);
  linkNouns(args, ctx.predicates, sink);
  linkModifiers(args, ctx.predicates, ctx.grammar, sink);
  linkEvaluations(args, ctx.grammar, sink);
  return { facts: sink.facts, towns: sink.towns, parties: sink.parties };
}
