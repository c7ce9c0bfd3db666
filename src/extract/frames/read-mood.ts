// Whether a verb group states a fact: negated ("did not sign", "refused to back", "left
// without signing", "denied arming"), hypothetical ("would accept", "if … captures"), or an
// intent ("plans to seize", "will withdraw", "must leave") — read from the group, the verbs
// that govern it, and the clauses around it.
import type { Grammar } from '../structure/load-grammar.ts';
import type { VerbGroup } from '../structure/structure-types.ts';
import type { Arguments } from './find-arguments.ts';

export interface Mood {
  negated: boolean;
  hypothetical: boolean;
  intent: boolean;
  /** An obligation or a demand that it happen ("must withdraw", "need to be evacuated", "urged X to leave"). */
  demand: boolean;
  /** The event happened (past or perfect, or a gerund after "after"/"since"). */
  past: boolean;
}

const INTENT_NOUNS = /^(?:intention|intentions|plan|plans|aim|goal|hope|hopes|threat|threats|prospect|possibility|danger|risk|idea|thought|option|purpose|ambition|ambitions|capable|chance)$/;
const HYPOTHETICAL_MODALS = /^(?:would|could|might|may|'d)$/;
const OBLIGATION = /^(?:must|should|need|needs|needed|ought)$/;
const DEMANDS = new Set(['demand', 'urge', 'call on', 'call', 'ask', 'insist', 'need', 'order', 'require', 'press', 'want', 'tell', 'warn', 'give']);

/** The group's only modal is "would" and it sits in the complement of a past verb of reporting. */
function reportedFuture(g: VerbGroup, args: Arguments, grammar: Grammar): boolean {
  const { units, clauses, groups, groupOf } = args.s;
  const modals = units.slice(g.first, g.verb).filter((u) => HYPOTHETICAL_MODALS.test(u.lower));
  if (modals.length !== 1 || (modals[0].lower !== 'would' && modals[0].lower !== "'d")) return false;
  const clause = clauses[g.clause];
  if (clause?.kind !== 'complement') return false;
  // the verb before the clause opened it ("said that …", "said it …", "said on Saturday they …")
  const governor = groupOf[clause.first - 1] >= 0 ? groups[groupOf[clause.first - 1]] : [...groups].reverse().find((h) => h.last < clause.first && h.clause === clause.parent);
  if (!governor || !governor.past || !grammar.reportingVerbs.has(governor.lemma)) return false;
  return !clauses.some((c) => c.parent === g.clause && c.opener !== undefined && grammar.hypotheticals.has(c.opener));
}

/** @example readMood(group, args, grammar).negated */
export function readMood(g: VerbGroup, args: Arguments, grammar: Grammar, depth = 0): Mood {
  const { units, clauses } = args.s;
  const span = units.slice(g.first, g.verb);
  const mood: Mood = {
    negated: g.negated,
    hypothetical: span.some((u) => HYPOTHETICAL_MODALS.test(u.lower)),
    intent: g.modal,
    demand: span.some((u) => OBLIGATION.test(u.lower)),
    past: g.past,
  };
  // "Germany said it would send tanks": a past report's "would" is its future, not a hypothesis
  if (mood.hypothetical && reportedFuture(g, args, grammar)) Object.assign(mood, { hypothetical: false, intent: true });
  for (const lemma of g.chain) {
    if (grammar.negativeVerbs.has(lemma)) mood.negated = !mood.negated;
    if (grammar.intentVerbs.has(lemma)) mood.intent = true;
  }
  const before = units[g.first - 1]?.lower;
  if (g.gerund && (before === 'without' || (before === 'of' && units[g.first - 2]?.lower === 'instead'))) mood.negated = !mood.negated;
  if (g.gerund && (before === 'after' || before === 'since' || before === 'following' || before === 'upon')) mood.past = true;
  if (g.gerund && before === 'before') mood.intent = true;
  // "have no intention of taking Bukavu", "the threat of seizing the port": not done
  if (g.gerund && before === 'of' && INTENT_NOUNS.test(units[g.first - 2]?.lower ?? '')) {
    mood.intent = true;
    if (units[g.first - 3]?.lower === 'no') mood.negated = !mood.negated;
  }
  if ((g.infinitive || (g.gerund && !mood.past)) && depth < 3) {
    const gov = args.governing(g);
    if (gov) {
      const outer = readMood(gov, args, grammar, depth + 1);
      if (grammar.negativeVerbs.has(gov.lemma)) mood.negated = !mood.negated;
      if (grammar.intentVerbs.has(gov.lemma) || (g.infinitive && !grammar.factiveVerbs.has(gov.lemma) && !grammar.negativeVerbs.has(gov.lemma))) mood.intent = true;
      if (grammar.factiveVerbs.has(gov.lemma)) mood.past = mood.past || outer.past;
      if (DEMANDS.has(gov.lemma) || OBLIGATION.test(gov.lemma)) mood.demand = true;
      mood.demand ||= outer.demand;
      mood.negated = mood.negated !== outer.negated;
      mood.hypothetical ||= outer.hypothetical;
      mood.intent ||= outer.intent;
    }
  }
  for (let c = g.clause; c >= 0; c = clauses[c].parent) {
    const opener = clauses[c].opener;
    if (opener && grammar.hypotheticals.has(opener)) mood.hypothetical = true;
    if (opener === 'until' || opener === 'till' || opener === 'unless') mood.hypothetical = true;
  }
  return mood;
}
