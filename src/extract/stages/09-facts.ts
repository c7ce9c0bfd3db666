// Stage 9: facts. Raw facts between mentions become facts between the article's
// entities, each with its evidence (article, sentence, span, quote, rule, date); the
// same fact stated twice in one article keeps the first evidence.
import type { EntityRef, Fact } from '../../types.ts';
import type { ArticleEntity, Stage } from '../pipeline-types.ts';
import type { TimedFact } from './08-time.ts';

const MAX_QUOTE = 400;

/** An article entity as the rest of the system sees it (proposers named by label). */
export function toEntityRef(e: ArticleEntity, entities?: Map<string, ArticleEntity>): EntityRef {
  const ref: EntityRef = { label: e.label, type: e.type, kind: e.kind, aliases: e.aliases };
  if (e.id) ref.id = e.id;
  if (e.lat !== undefined) [ref.lat, ref.lon] = [e.lat, e.lon];
  if (e.type === 'proposal') Object.assign(ref, { date: e.date, proposers: (e.proposers ?? []).map((k) => entities?.get(k)?.label ?? k) });
  return ref;
}

export const facts: Stage = {
  name: 'facts',
  requires: ['rawFacts', 'mentions', 'entities', 'sentences'],
  assigns: ['facts'],
  run(state) {
    const entityOf = new Map(state.mentions!.map((m) => [m.id, m.entity]));
    const seen = new Set<string>();
    const out: Fact[] = [];
    for (const raw of state.rawFacts! as TimedFact[]) {
      const s = state.entities!.get(entityOf.get(raw.subject) ?? '');
      const o = state.entities!.get(entityOf.get(raw.object) ?? '');
      if (!s || !o || s.key === o.key) continue;
      const key = `${s.key}|${raw.relation}|${o.key}|${raw.since ?? ''}|${raw.until ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sentence = state.sentences![raw.sentence];
      const fact: Fact = {
        subject: toEntityRef(s, state.entities), relation: raw.relation, object: toEntityRef(o, state.entities), confidence: raw.confidence,
        evidence: { article: state.doc.id, sentence: raw.sentence, start: sentence.start, end: sentence.end,
          quote: sentence.text.trim().slice(0, MAX_QUOTE), rule: raw.rule, ...(state.doc.date ? { date: state.doc.date } : {}) },
      };
      if (raw.since) fact.since = raw.since;
      if (raw.until) fact.until = raw.until;
      out.push(fact);
    }
    return { ...state, facts: out };
  },
};
