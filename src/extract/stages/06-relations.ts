// Stage 6: relations. The linker fills the roles of every trigger of data/lexicon/
// predicates.json over each sentence's structure (frames/link-sentence.ts); the rules of
// rules/*.ts, high-precision patterns over "frames" (mentions as «id»), run beside it.
// Both give raw facts between mentions, each with the rule or frame that made it.
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import type { Mention, RawFact, Stage } from '../pipeline-types.ts';
import { ALL_RULES } from '../rules/all-rules.ts';
import { buildFrames, normaliseFrameText } from '../relations/build-frames.ts';
import { compileRule } from '../relations/compile-rule.ts';
import { keywordSieve } from '../relations/keyword-sieve.ts';
import { applyRule } from '../relations/apply-rule.ts';
import { findDenial } from '../relations/find-denial.ts';
import { ruleFactStands } from '../relations/rule-guards.ts';
import { linkSentence, type LinkContext } from '../frames/link-sentence.ts';
import { signAsWarringParties } from '../frames/warring-signers.ts';
import { loadPredicates } from '../frames/load-predicates.ts';
import { loadGrammar } from '../structure/load-grammar.ts';

const MAX_MENTIONS = 40;
/** NORULES=1 runs the linker alone (to see what the rules add); read once, not per sentence. */
const NO_RULES = Boolean(process.env.NORULES);

// the last words of offices and bodies that speak for a party without being one ("the Special Envoy", "the Cabinet")
const OFFICE = /^(?:envoy|commission|commissioner|cabinet|department|ministry|minister|office|council|committee|agency|mission|spokesman|spokesperson|spokeswoman|secretary|president|church|parliament|assembly|court|union|command|headquarters)$/i;

/**
 * "Nabih Berri", "Minni Minawi", "SAMIDRC": a name nothing typed may act as a party when it
 * looks like a person's or a group's: an acronym, or two to four capitalised words that end in
 * no office and no people ("South African", "the Cabinet" do not).
 */
function mayActAsParty(text: string, lexicon: Lexicon): boolean {
  if (/^[A-Z][A-Z0-9-]{2,}$/.test(text)) return true;
  const words = text.split(/\s+/);
  const last = words[words.length - 1];
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && !OFFICE.test(last) && !lexicon.demonyms.has(last.toLowerCase());
}

/** A demonym and a proposal in one sentence: the one rule keyed on two mentions side by side ("the Egyptian proposal") may match. */
const demonymAndProposal = (own: Mention[]) => own.some((m) => m.source === 'demonym') && own.some((m) => m.source === 'proposal');

export const relations: Stage = {
  name: 'relations',
  requires: ['sentences', 'mentions', 'entities', 'lexicon', 'structures'],
  assigns: ['rawFacts', 'entities', 'mentions'],
  run(state) {
    const byId = new Map<number, Mention>(state.mentions!.map((m) => [m.id, m]));
    const bySentence = new Map<number, Mention[]>();
    // mentions per sentence, names nothing typed yet included ("The TNLA captured Namhsan")
    const present = new Map<number, number>();
    for (const m of state.mentions!) {
      if (!m.entity && m.source !== 'proposal') continue;
      present.set(m.sentence, (present.get(m.sentence) ?? 0) + 1);
      if (m.kind === 'untyped') continue;
      const list = bySentence.get(m.sentence) ?? [];
      list.push(m);
      bySentence.set(m.sentence, list);
    }
    const sameEntity = (a: number, b: number) => {
      const ea = byId.get(a)?.entity;
      return ea !== undefined && ea === byId.get(b)?.entity;
    };
    const rules = ALL_RULES.map((rule) => ({ rule, regex: compileRule(rule, state.lexicon) }));
    const sieve = keywordSieve(ALL_RULES, state.lexicon);
    const seen = new Map<string, RawFact>();
    const raw: RawFact[] = [];
    const towns = new Set<string>();
    const parties = new Set<string>();
    const ctx: LinkContext = { byId, grammar: loadGrammar(), predicates: loadPredicates(), sameEntity, mayAct: (m) => mayActAsParty(m.text, state.lexicon) };
    const named = state.mentions!.filter((m) => m.entity); // claimants and deniers are entities
    // the parties that took a place, by sentence: the implied takers of "X fell" in the next one
    const gains = new Map<number, number[]>();
    const keep = (fact: RawFact, sentence: { start: number; end: number }, disputed: RawFact['disputed']) => {
      const key = `${fact.subject}|${fact.relation}|${fact.object}|${fact.change ?? ''}|${disputed ? 'd' : ''}`;
      const kept = seen.get(key);
      if (kept) {
        // a rule and a frame read the same fact: the frame knows which clause dates it
        if (kept.when === undefined && fact.when !== undefined) kept.when = fact.when;
        return;
      }
      seen.set(key, fact);
      fact.start = sentence.start;
      fact.end = sentence.end;
      raw.push(disputed ? { ...fact, disputed } : fact);
      if (fact.relation === 'controls' && fact.change === 'gained') gains.set(fact.sentence, [...(gains.get(fact.sentence) ?? []), fact.subject]);
    };
    for (const sentence of state.sentences!) {
      const own = bySentence.get(sentence.index) ?? [];
      const count = present.get(sentence.index) ?? 0;
      // fewer than two mentions relate nothing; a "sentence" with dozens of them is a list
      // or a table, not a statement (and would only cost time)
      if (!own.length || count < 2 || count > MAX_MENTIONS) continue;
      // "claimed … which Doha denied": an attribution the text disputes states no fact; its
      // facts are read but marked, and stage 9 keeps them as claims (find-denial.ts)
      const disputed = findDenial(sentence, state.sentences![sentence.index + 1], named);
      const structure = state.structures!.get(sentence.index);
      // "… respectively" pairs two lists, which only the linker reads
      const paired = /\brespectively\b/i.test(sentence.text);
      // the rules' keywords are words of the sentence (or "» «", two mentions side by side):
      // a sentence that has none of them needs no frames
      const rulesMayMatch = sieve.any(normaliseFrameText(sentence.text) + (demonymAndProposal(own) ? ' » «' : ''));
      for (const frame of paired || !rulesMayMatch || NO_RULES ? [] : buildFrames(sentence.text, sentence.start, sentence.index, own, sameEntity)) {
        const open = sieve(frame.text);
        for (let r = 0; r < rules.length; r++) {
          if (!open[r]) continue;
          const { rule, regex } = rules[r];
          for (const fact of applyRule(rule, regex, frame, byId)) if (ruleFactStands(fact, sentence, structure, byId)) keep(fact, sentence, disputed);
        }
      }
      if (!structure) continue;
      ctx.advancing = gains.get(sentence.index - 1) ?? [];
      const linked = linkSentence(structure, ctx);
      for (const fact of linked.facts) keep(fact, sentence, disputed);
      for (const t of linked.towns) towns.add(byId.get(t)!.entity!);
      for (const p of linked.parties) parties.add(byId.get(p)!.entity!);
    }
    signAsWarringParties(raw, byId, state.entities!, state.lexicon);
    // "took Hodeidah": a name nothing typed is a town once a verb of control takes it
    const entities = new Map(state.entities!);
    for (const key of towns) entities.set(key, { ...entities.get(key)!, type: 'city', kind: 'city' });
    // "Nabih Berri hailed the truce": a name nothing typed that acts as a party is one (a town if also taken as one)
    for (const key of parties) if (!towns.has(key)) entities.set(key, { ...entities.get(key)!, type: 'actor', kind: 'named-party' });
    const retyped = (m: Mention) => (!m.entity ? m : towns.has(m.entity) ? { ...m, type: 'city' as const, kind: 'city' } : parties.has(m.entity) ? { ...m, type: 'actor' as const, kind: 'named-party' } : m);
    const mentions = state.mentions!.map(retyped);
    return { ...state, rawFacts: raw, entities, mentions };
  },
};
