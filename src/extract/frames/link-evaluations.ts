// Stances said as judgements: "Ben Gvir called the agreement 'catastrophic'", "described
// the deal as monumental", "Smotrich said the deal was bad and dangerous". A verb of
// naming with a proposal and an evaluative word, or a proposal judged in a speaker's
// complement clause, supports or rejects it by the word's side (grammar.json evaluations).
import type { Grammar } from '../structure/load-grammar.ts';
import type { VerbGroup } from '../structure/structure-types.ts';
import type { FactSink } from './fact-sink.ts';
import type { Arguments } from './find-arguments.ts';
import { readMood } from './read-mood.ts';
import { phraseWords } from '../../text/phrase-words.ts';

const NAMING = new Set(['call', 'describe', 'term', 'dub', 'brand', 'label', 'characterise', 'characterize', 'deem', 'consider', 'regard', 'see', 'view']);
const COPULA = new Set(['be', 'remain']);
const REACH = 7;

/** The side of the first evaluative word in units [from, from + REACH), if any. */
function sideOf(args: Arguments, from: number, grammar: Grammar): 'supports' | 'rejects' | undefined {
  const { units } = args.s;
  for (let k = from; k < units.length && k < from + REACH; k++) {
    if (args.s.groupOf[k] >= 0 && k > from) return undefined;
    for (const [words, side] of [[grammar.evaluations.negative, 'rejects'], [grammar.evaluations.positive, 'supports']] as const) {
      const hit = words.some((w) => phraseWords(w).every((part, j) => units[k + j]?.lower === part));
      if (!hit) continue;
      // "described it as Armenia's capitulation": a word about another party's lot, not a judgement of the deal
      const chunk = args.chunkAt(k);
      if (chunk?.possessors.length) return undefined;
      return units[k - 1]?.lower === 'not' ? undefined : side;
    }
  }
  return undefined;
}

const proposalsIn = (refs: number[], sink: FactSink) => refs.filter((r) => sink.kind(r) === 'proposal');

function linkNaming(g: VerbGroup, args: Arguments, grammar: Grammar, sink: FactSink): void {
  const object = args.objectAfter(g.last, g.clause);
  const proposals = object ? proposalsIn(object.refs, sink) : [];
  if (!object || !proposals.length) return;
  // "called the agreement catastrophic": the judgement may sit inside the chunk, after its head
  const head = args.s.chunks[object.chunks[object.chunks.length - 1]].head;
  const side = sideOf(args, head + 1, grammar);
  const speaker = args.subjectOf(g);
  if (side && speaker) sink.add(side, speaker.refs, proposals, `frame.evaluation:${g.lemma}`, { target: ['proposal'] });
}

/** "Smotrich said the deal was bad": the speaker of the clause that judges the proposal. */
function linkJudgement(g: VerbGroup, args: Arguments, grammar: Grammar, sink: FactSink): void {
  const subject = args.subjectOf(g);
  const proposals = subject ? proposalsIn(subject.refs, sink) : [];
  if (!proposals.length) return;
  const side = sideOf(args, g.last + 1, grammar);
  const clause = args.s.clauses[g.clause];
  const speech = clause.kind === 'complement' ? args.s.groups.filter((h) => h.last < clause.first && grammar.speechVerbs.has(h.lemma)).pop() : undefined;
  const speaker = speech ? args.subjectOf(speech) : undefined;
  if (side && speaker) sink.add(side, speaker.refs, proposals, `frame.evaluation:judged`, { target: ['proposal'] });
}

/** Links the judgements of every sentence's naming verbs and judged proposals. */
export function linkEvaluations(args: Arguments, grammar: Grammar, sink: FactSink): void {
  for (const g of args.s.groups) {
    const mood = readMood(g, args, grammar);
    if (mood.negated || mood.hypothetical) continue;
    if (NAMING.has(g.lemma) && !g.passive) linkNaming(g, args, grammar, sink);
    else if (COPULA.has(g.lemma)) linkJudgement(g, args, grammar, sink);
  }
}
