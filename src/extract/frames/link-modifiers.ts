// Modifier frames. Prefixes inside a chunk: "the Turkey-backed GNA" (Turkey supports the
// GNA), "a Qatari-brokered deal" (Qatar proposes it), "Haftar-held Sirte" (Haftar
// controls Sirte), "pro-Haftar tribes" (the tribes support Haftar). Phrases after a named
// party: "the 604 Brigade, loyal to Haftar", "militias aligned with the GNA", "the UAE's
// mobilisation in support of Haftar", "Sirte, in the hands of the LNA"; after a verb: "El
// Fasher remains in the hands of the army", "the militias fought on the side of the GNA".
import type { Relation } from '../../types.ts';
import type { Grammar } from '../structure/load-grammar.ts';
import type { Chunk, VerbGroup } from '../structure/structure-types.ts';
import { headIn } from '../structure/chunk-units.ts';
import type { FactSink } from './fact-sink.ts';
import type { Arguments } from './find-arguments.ts';
import type { Predicates, PostTrigger } from './load-predicates.ts';
import { STAY } from './link-verbs.ts';
import { readMood } from './read-mood.ts';

function linkPrefixes(chunk: Chunk, predicates: Predicates, sink: FactSink): void {
  for (const { mention, word } of chunk.prefixes) {
    for (const t of predicates.prefixes.get(word) ?? []) {
      if (t.relation === 'none') continue;
      const heads = t.reverse && chunk.headLemma === 'pro' ? [] : chunk.refs;
      if (t.reverse) {
        sink.add(t.relation, heads, [mention], `frame.prefix:${word}`, { target: t.target });
        continue;
      }
      // "Sudan's army-aligned government": a state's army and its government are one side
      const fits = heads.filter((r) => sink.kind(r) && t.target.includes(sink.kind(r)!) && !(sink.describedState(mention) && sink.state(r)));
      if (!fits.length) continue;
      sink.add(t.relation, [mention], fits, `frame.prefix:${word}`, { target: t.target, change: undefined });
    }
  }
}

const wordsAt = (t: PostTrigger, units: Arguments['s']['units'], at: number) => t.words.every((w, k) => units[at + k]?.lower === w);

/** The postmodifier's fact between its owners and the list after it ("in the hands of" reversed: the list holds the owners). */
function addPostmodifier(t: PostTrigger, relation: Relation, owners: number[], list: number[], sink: FactSink): void {
  const rule = `frame.post:${t.words.join('-')}`;
  if (t.reverse) sink.add(relation, list, owners, rule, { target: t.target });
  else sink.add(relation, owners, list, rule, { target: t.target });
}

function linkPostmodifiers(chunk: Chunk, args: Arguments, predicates: Predicates, sink: FactSink): void {
  const { units } = args.s;
  let at = chunk.last + 1;
  if (units[at]?.text === ',') at++;
  for (const t of predicates.postmodifiers) {
    if (!wordsAt(t, units, at) || t.relation === 'none') continue;
    const list = args.listAt(at + t.words.length, args.s.clauseOf[at]);
    if (!list) continue;
    let owners = t.relation === 'controls' ? chunk.refs : chunk.refs.filter((r) => sink.kind(r) === 'party');
    // "Russia deployed jets in support of Haftar", "the GNA took Sirte with the support of
    // Turkey": the phrase belongs to the clause's subject
    if (!owners.length) {
      const g = args.s.groups.filter((h) => h.last < chunk.first && h.clause === args.s.clauseOf[chunk.head]).pop();
      owners = g ? args.subjectOf(g)?.refs ?? [] : [];
    }
    addPostmodifier(t, t.relation, owners, list.refs, sink);
    return;
  }
}

/**
 * A phrase after a verb is about its subject: "El Fasher remains in the hands of the army"
 * (a place after a verb of being), "the militias fought on the side of the GNA".
 */
function linkVerbPostmodifiers(g: VerbGroup, args: Arguments, predicates: Predicates, grammar: Grammar, sink: FactSink): void {
  const { units } = args.s;
  let at = g.last + 1;
  while (units[at]?.pos === 'ADV' && !/^(?:no|not|never)$/.test(units[at].lower)) at++; // "is still in the hands of"
  const t = predicates.postmodifiers.find((p) => wordsAt(p, units, at));
  if (!t || t.relation === 'none' || (t.relation === 'controls' && !STAY.has(g.lemma))) return;
  const list = args.listAt(at + t.words.length, g.clause);
  const mood = readMood(g, args, grammar);
  if (!list || mood.negated || mood.hypothetical || mood.intent || mood.demand) return;
  addPostmodifier(t, t.relation, args.subjectOf(g)?.refs ?? [], list.refs, sink);
}

/** Links every prefix and postmodifier of the sentence's chunks and verbs. */
export function linkModifiers(args: Arguments, predicates: Predicates, grammar: Grammar, sink: FactSink): void {
  for (const chunk of args.s.chunks) {
    linkPrefixes(chunk, predicates, sink);
    if (chunk.refs.length || headIn(grammar.groupNouns, chunk) || headIn(grammar.eventNouns, chunk)) linkPostmodifiers(chunk, args, predicates, sink);
  }
  for (const g of args.s.groups) linkVerbPostmodifiers(g, args, predicates, grammar, sink);
}
