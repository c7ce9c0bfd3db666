// Stage 9: facts. Raw facts between mentions become facts between the article's
// entities, each with its evidence (article, sentence, span, quote, rule, date, outlet);
// the same fact stated twice in one article keeps the first evidence. A raw fact from an
// attribution the text disputes becomes a claim with its denial, never a fact.
import { articleOutlet } from '../../store/article-outlet.ts';
import type { Claim, EntityRef, Evidence, Fact } from '../../types.ts';
import type { ArticleEntity, PipelineState, Stage } from '../pipeline-types.ts';
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

function evidenceOf(state: PipelineState, index: number, rule: string, outlet: string): Evidence {
  const sentence = state.sentences![index];
  return { article: state.doc.id, sentence: index, start: sentence.start, end: sentence.end, quote: sentence.text.trim().slice(0, MAX_QUOTE), rule,
    ...(state.doc.date ? { date: state.doc.date } : {}), outlet };
}

export const facts: Stage = {
  name: 'facts',
  requires: ['rawFacts', 'mentions', 'entities', 'sentences'],
  assigns: ['facts', 'claims'],
  run(state) {
    const entityOf = new Map(state.mentions!.map((m) => [m.id, m.entity]));
    const outlet = articleOutlet(state.doc); // the same for every fact (a URL parse each time)
    const refOf = (mention: number | undefined) => {
      const e = mention === undefined ? undefined : state.entities!.get(entityOf.get(mention) ?? '');
      return e && toEntityRef(e, state.entities);
    };
    const seen = new Set<string>();
    const out: Fact[] = [];
    const claims: Claim[] = [];
    const partnersOf = new Map(state.mentions!.filter((m) => m.partners).map((m) => [m.id, m.partners!]));
    // "the two sides signed it": a fact of each side
    const each = (mention: number) => [entityOf.get(mention) ?? '', ...(partnersOf.get(mention) ?? [])].map((k) => state.entities!.get(k));
    for (const raw of state.rawFacts! as TimedFact[]) for (const s of each(raw.subject)) for (const o of each(raw.object)) {
      if (!s || !o || s.key === o.key) continue;
      const key = `${s.key}|${raw.relation}|${o.key}|${raw.since ?? ''}|${raw.until ?? ''}|${raw.disputed ? 'd' : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fact: Fact = {
        subject: toEntityRef(s, state.entities), relation: raw.relation, object: toEntityRef(o, state.entities), confidence: raw.confidence,
        evidence: evidenceOf(state, raw.sentence, raw.rule, outlet),
      };
      if (raw.since) fact.since = raw.since;
      if (raw.until) fact.until = raw.until;
      if (!raw.disputed) {
        out.push(fact);
        continue;
      }
      const [claimant, by] = [refOf(raw.disputed.claimant), refOf(raw.disputed.denier)];
      claims.push({ fact, ...(claimant ? { claimant } : {}), denial: { ...(by ? { by } : {}), evidence: evidenceOf(state, raw.disputed.sentence, 'claim.denied', outlet) } });
    }
    return { ...state, facts: out, claims };
  },
};
