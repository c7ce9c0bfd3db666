// Stage 6: relations. The linker fills the roles of every trigger of data/lexicon/
// predicates.json over each sentence's structure (frames/link-sentence.ts); the rules of
// rules/*.ts, high-precision patterns over "frames" (mentions as «id»), run beside it.
// Both give raw facts between mentions, each with the rule or frame that made it.
import type { Mention, RawFact, Stage } from '../pipeline-types.ts';
import { ALL_RULES } from '../rules/all-rules.ts';
import { buildFrames } from '../relations/build-frames.ts';
import { compileRule, ruleKeywords } from '../relations/compile-rule.ts';
import { applyRule } from '../relations/apply-rule.ts';
import { linkSentence, type LinkContext } from '../frames/link-sentence.ts';
import { loadPredicates } from '../frames/load-predicates.ts';
import { loadGrammar } from '../structure/load-grammar.ts';

const MAX_MENTIONS = 40;
// "the spokesman claimed that Qatar was arming the GNA, which Doha denied": an attribution
// the text itself disputes (here or in the next sentence) states nothing
const ATTRIBUTION = /\b(?:claim(?:s|ed|ing)?|alleg\w*|accus\w*|reportedly|rumou?rs?)\b/i;
const DISPUTE = /\b(?:denied|denies|deny|denying|false|baseless|untrue|unfounded|fabricated|lies?|dismissed (?:the|these|those|such|this|that) (?:claims?|allegations?|accusations?|reports?))\b/i;

export const relations: Stage = {
  name: 'relations',
  requires: ['sentences', 'mentions', 'entities', 'lexicon', 'structures'],
  assigns: ['rawFacts'],
  run(state) {
    const byId = new Map<number, Mention>(state.mentions!.map((m) => [m.id, m]));
    const bySentence = new Map<number, Mention[]>();
    for (const m of state.mentions!) {
      if (!m.entity && m.source !== 'proposal') continue;
      const list = bySentence.get(m.sentence) ?? [];
      list.push(m);
      bySentence.set(m.sentence, list);
    }
    const sameEntity = (a: number, b: number) => {
      const ea = byId.get(a)?.entity;
      return ea !== undefined && ea === byId.get(b)?.entity;
    };
    const rules = ALL_RULES.map((rule) => ({ rule, regex: compileRule(rule, state.lexicon), keywords: ruleKeywords(rule, state.lexicon) }));
    const seen = new Set<string>();
    const raw: RawFact[] = [];
    const ctx: LinkContext = { byId, grammar: loadGrammar(), predicates: loadPredicates(), sameEntity };
    const keep = (fact: RawFact, sentence: { start: number; end: number }) => {
      const key = `${fact.subject}|${fact.relation}|${fact.object}|${fact.change ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      fact.start = sentence.start;
      fact.end = sentence.end;
      raw.push(fact);
    };
    for (const sentence of state.sentences!) {
      const own = bySentence.get(sentence.index);
      // fewer than two mentions relate nothing; a "sentence" with dozens of them is a list
      // or a table, not a statement (and would only cost time)
      if (!own || own.length < 2 || own.length > MAX_MENTIONS) continue;
      const next = state.sentences![sentence.index + 1]?.text ?? '';
      if (ATTRIBUTION.test(sentence.text) && (DISPUTE.test(sentence.text) || DISPUTE.test(next))) continue;
      for (const frame of buildFrames(sentence.text, sentence.start, sentence.index, own, sameEntity)) {
        for (const { rule, regex, keywords } of rules) {
          if (keywords && !keywords.some((k) => frame.text.includes(k))) continue;
          for (const fact of applyRule(rule, regex, frame, byId)) keep(fact, sentence);
        }
      }
      const structure = state.structures!.get(sentence.index);
      if (structure) for (const fact of linkSentence(structure, ctx)) keep(fact, sentence);
    }
    return { ...state, rawFacts: raw };
  },
};
