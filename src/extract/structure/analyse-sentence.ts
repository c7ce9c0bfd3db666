// The shallow syntax of one sentence, built in order: units (mentions as words), noun
// chunks with their referents, verb groups, clauses, then coordinated lists per clause.
import type { NodeType } from '../../types.ts';
import type { Mention, Sentence } from '../pipeline-types.ts';
import type { Predicates } from '../frames/load-predicates.ts';
import { buildLists } from './build-lists.ts';
import { buildUnits } from './build-units.ts';
import { chunkUnits, headIn } from './chunk-units.ts';
import { findVerbGroups } from './find-verb-groups.ts';
import type { Grammar } from './load-grammar.ts';
import { segmentClauses } from './segment-clauses.ts';
import type { Chunk, SentenceStructure, Unit } from './structure-types.ts';

/** "after talks brokered by Riyadh and Washington": the talks stand for the one proposal the sentence names. */
function forumsStandForProposal(chunks: Chunk[], mentions: Mention[], grammar: Grammar): void {
  const proposals = mentions.filter((m) => m.source === 'proposal' && !m.generic);
  if (proposals.length !== 1) return;
  for (const c of chunks) if (!c.refs.length && c.headMention === undefined && headIn(grammar.forumNouns, c)) c.refs = [proposals[0].id];
}

/**
 * "the GNA's call for a cease-fire", "calls for a truce by Turkey", "the sincerity of the
 * Cairo Declaration": the request or attribute stands for the proposal after it.
 */
function requestsStandForProposal(units: Unit[], chunks: Chunk[], grammar: Grammar, isProposal: (mention: number) => boolean): void {
  for (const c of chunks) {
    if (c.refs.length || c.headMention !== undefined) continue;
    let link = units[c.last + 1]?.lower;
    let next = chunks[c.id + 1];
    // "an appeal by religious leaders for a humanitarian truce": past the phrase of who asks
    const asker = chunks[c.id + 2];
    if ((link === 'by' || link === 'from') && next?.first === c.last + 2 && asker?.first === next.last + 2 && headIn(grammar.requestNouns, c)) {
      link = units[next.last + 1]?.lower;
      next = asker;
    } else if (next?.first !== c.last + 2) continue;
    if (!next || next.headMention === undefined || !isProposal(next.headMention)) continue;
    if ((headIn(grammar.requestNouns, c) && (link === 'for' || link === 'to')) || (headIn(grammar.attributeNouns, c) && link === 'of')) c.refs = [next.headMention];
  }
}

/**
 * @param mentions the sentence's mentions that stand for something (entities, proposals).
 * @example analyseSentence(sentence, mentions, grammar, predicates, (id) => byId.get(id)?.type).lists
 */
export function analyseSentence(sentence: Sentence, mentions: Mention[], grammar: Grammar, predicates: Predicates, typeOf: (mention: number) => NodeType | 'untyped' | undefined): SentenceStructure {
  const units = buildUnits(sentence, mentions, predicates, grammar);
  const armedGroups = new Set(mentions.filter((m) => m.type !== 'city' && m.type !== 'proposal' && m.kind !== 'state' && m.kind !== 'person' && m.kind !== 'untyped').map((m) => m.id));
  const states = new Set(mentions.filter((m) => m.kind === 'state' && m.source !== 'demonym').map((m) => m.id));
  const persons = new Set(mentions.filter((m) => m.kind === 'person').map((m) => m.id));
  const { chunks, chunkOf } = chunkUnits(units, grammar, (id) => armedGroups.has(id), (id) => states.has(id));
  forumsStandForProposal(chunks, mentions, grammar);
  requestsStandForProposal(units, chunks, grammar, (id) => typeOf(id) === 'proposal');
  const { groups, groupOf } = findVerbGroups(units, chunkOf, grammar);
  const { clauses, clauseOf } = segmentClauses({ units, chunks, chunkOf, groups, groupOf, placeRef: (id) => typeOf(id) === 'city' || typeOf(id) === 'untyped', personRef: (id) => persons.has(id) }, grammar);
  for (const g of groups) g.clause = clauseOf[g.verb];
  // "Uvira, now the main government-held city": a place or group noun in apposition is its anchor
  for (const c of clauses) {
    if (c.kind !== 'apposition' || c.antecedent === undefined) continue;
    const first = chunks.find((k) => k.first >= c.first && k.first <= c.last);
    if (first && !first.refs.length && first.headMention === undefined && (headIn(grammar.placeNouns, first) || headIn(grammar.groupNouns, first))) first.refs = chunks[c.antecedent].refs;
    // "announced a truce on Monday, a move the RSF dismissed": a noun that restates the proposal before it
    const anchor = chunks[c.antecedent].refs;
    if (first && !first.refs.length && first.headMention === undefined && headIn(grammar.restatingNouns, first) && anchor.length && anchor.every((r) => typeOf(r) === 'proposal')) first.refs = anchor;
  }
  const nestedIn = (inner: number, outer: number) => {
    for (let c = clauses[inner].parent; c >= 0; c = clauses[c].parent) if (c === outer) return true;
    return false;
  };
  const { lists, listOf } = buildLists({ units, chunks, clauseOf, groups, groupOf, nestedIn }, grammar, typeOf);
  return { sentence: sentence.index, units, chunks, chunkOf, clauses, clauseOf, groups, groupOf, lists, listOf };
}
