// The shallow syntax of one sentence, built in order: units (mentions as words), noun
// chunks with their referents, verb groups, clauses, then coordinated lists per clause.
import type { NodeType } from '../../types.ts';
import type { Mention, Sentence } from '../pipeline-types.ts';
import type { Predicates } from '../frames/load-predicates.ts';
import { buildLists } from './build-lists.ts';
import { buildUnits } from './build-units.ts';
import { chunkUnits } from './chunk-units.ts';
import { findVerbGroups } from './find-verb-groups.ts';
import type { Grammar } from './load-grammar.ts';
import { segmentClauses } from './segment-clauses.ts';
import type { SentenceStructure } from './structure-types.ts';

/**
 * @param mentions the sentence's mentions that stand for something (entities, proposals).
 * @example analyseSentence(sentence, mentions, grammar, predicates, (id) => byId.get(id)?.type).lists
 */
export function analyseSentence(sentence: Sentence, mentions: Mention[], grammar: Grammar, predicates: Predicates, typeOf: (mention: number) => NodeType | undefined): SentenceStructure {
  const units = buildUnits(sentence, mentions, predicates, grammar);
  const { chunks, chunkOf } = chunkUnits(units, grammar);
  const { groups, groupOf } = findVerbGroups(units, grammar);
  const { clauses, clauseOf } = segmentClauses({ units, chunks, chunkOf, groups, groupOf }, grammar);
  for (const g of groups) g.clause = clauseOf[g.verb];
  const { lists, listOf } = buildLists({ units, chunks, clauseOf, groups, groupOf }, grammar, typeOf);
  return { sentence: sentence.index, units, chunks, chunkOf, clauses, clauseOf, groups, groupOf, lists, listOf };
}
