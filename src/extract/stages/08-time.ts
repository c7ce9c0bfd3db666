// Stage 8: time. A control change gets its date: `since` for the new holder, `until`
// for the old one, from the sentence ("on Friday" → the Friday before the article) or
// the article date. In a sentence where a place changes hands, any other holder of that
// place named there lost it ("liberated Tarhuna, the last stronghold of Haftar").
import type { RawFact, Stage } from '../pipeline-types.ts';
import { resolveSentenceDate } from '../time/resolve-sentence-date.ts';

export interface TimedFact extends RawFact {
  since?: string;
  until?: string;
}

export const time: Stage = {
  name: 'time',
  requires: ['rawFacts', 'sentences', 'mentions'],
  assigns: ['rawFacts'],
  run(state) {
    const entityOf = new Map(state.mentions!.map((m) => [m.id, m.entity]));
    const facts: TimedFact[] = state.rawFacts!.map((f) => ({ ...f }));
    for (const f of facts) {
      if (f.relation !== 'controls' || f.change) continue;
      const taken = facts.find((g) => g !== f && g.relation === 'controls' && g.change === 'gained' && g.sentence === f.sentence &&
        entityOf.get(g.object) === entityOf.get(f.object) && entityOf.get(g.subject) !== entityOf.get(f.subject));
      if (!taken) continue;
      f.change = 'lost';
      // the holder lost it when the other took it: the taking's clause dates it
      f.when = taken.when;
    }
    for (const f of facts) {
      if (f.relation !== 'controls' || !f.change) continue;
      // the date of the clause that states the change, when the linker knows it ("retook Sennar,
      // which the RSF had seized in May": not May); a state read elsewhere in the sentence has the sentence's
      const date = resolveSentenceDate(f.when ?? state.sentences![f.sentence].text, state.doc.date) ?? state.doc.date ?? 'unknown';
      if (f.change === 'gained') f.since = date;
      else f.until = date;
    }
    return { ...state, rawFacts: facts };
  },
};
