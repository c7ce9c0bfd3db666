// Stage 5: structure. Each sentence that names at least two things gets its shallow
// syntax (structure/analyse-sentence.ts): chunks, lists, verb groups and clauses, over
// which the relations stage links predicate roles.
import type { Mention, Stage } from '../pipeline-types.ts';
import { loadPredicates } from '../frames/load-predicates.ts';
import { analyseSentence } from '../structure/analyse-sentence.ts';
import { loadGrammar } from '../structure/load-grammar.ts';
import type { SentenceStructure } from '../structure/structure-types.ts';

const MAX_MENTIONS = 40;

/** Mentions that can fill a role: entities (pronouns included once resolved) and proposals. */
export const isArgument = (m: Mention) => Boolean(m.entity) || m.source === 'proposal';

export const structure: Stage = {
  name: 'structure',
  requires: ['sentences', 'mentions'],
  assigns: ['structures'],
  run(state) {
    const grammar = loadGrammar();
    const predicates = loadPredicates();
    const byId = new Map(state.mentions!.map((m) => [m.id, m]));
    const bySentence = new Map<number, Mention[]>();
    for (const m of state.mentions!) {
      if (!isArgument(m)) continue;
      const list = bySentence.get(m.sentence) ?? [];
      list.push(m);
      bySentence.set(m.sentence, list);
    }
    const structures = new Map<number, SentenceStructure>();
    for (const sentence of state.sentences!) {
      const own = bySentence.get(sentence.index);
      // fewer than two mentions relate nothing; dozens make a list or a table, not a statement
      if (!own || own.length < 2 || own.length > MAX_MENTIONS) continue;
      structures.set(sentence.index, analyseSentence(sentence, own, grammar, predicates, (id) => (byId.get(id)?.kind === 'untyped' ? 'untyped' : byId.get(id)?.type)));
    }
    return { ...state, structures };
  },
};
