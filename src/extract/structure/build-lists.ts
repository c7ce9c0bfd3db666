// Coordination: chunks joined into one argument list ("A, B and, to a lesser extent, C",
// "A together with B", "A as well as B", "support from A and from B"). Members must stand
// for something, be of one kind (places with places, parties with parties), and sit in the
// same clause; a member followed by its own verb starts a new clause instead ("Turkey backs
// the GNA and Russia supports Haftar").
import type { NodeType } from '../../types.ts';
import type { Grammar } from './load-grammar.ts';
import { COMPASS } from './chunk-units.ts';
import type { ArgList, Chunk, Unit, VerbGroup } from './structure-types.ts';

interface Input {
  /** Is clause `inner` nested inside clause `outer`? */
  nestedIn: (inner: number, outer: number) => boolean;
  units: Unit[];
  chunks: Chunk[];
  clauseOf: number[];
  groups: VerbGroup[];
  groupOf: number[];
}

const kindOf = (type: NodeType | 'untyped' | undefined) => (type === 'untyped' ? 'any' : type === 'city' ? 'place' : type === 'proposal' ? 'proposal' : 'party');

function isSeparator(words: string[], grammar: Grammar, prepBefore: string | undefined): boolean {
  if (!words.length) return false;
  let w = words;
  // "support from Russia and from Egypt": the preposition may be repeated
  if (prepBefore && w.length > 1 && w[w.length - 1] === prepBefore) w = w.slice(0, -1);
  if (w[w.length - 1] === 'the') w = w.slice(0, -1);
  return grammar.listSeparators.some((sep) => sep.length === w.length && sep.every((s, k) => s === w[k]));
}

// a compass point, or the centre ("in the north", "in the centre")
const isBearing = (word: string) => COMPASS.test(word) || word === 'centre' || word === 'center';

/** @param typeOf the node type of a mention id. */
export function buildLists(input: Input, grammar: Grammar, typeOf: (mention: number) => NodeType | 'untyped' | undefined): { lists: ArgList[]; listOf: number[] } {
  const { units, chunks, clauseOf, groups, groupOf } = input;
  const lists: ArgList[] = [];
  const listOf = chunks.map(() => -1);
  const finiteAfter = (c: Chunk) => {
    let k = c.last + 1;
    while (units[k]?.pos === 'ADV') k++;
    const g = groupOf[k] >= 0 ? groups[groupOf[k]] : undefined;
    return g !== undefined && g.first === k && !g.infinitive && !g.participle && !g.gerund;
  };
  // an adjunct chunk right after a member, after one preposition at most ("Herat on Saturday", "Kandahar in the south")
  const adjunctBetween = (after: number, adjunct: Chunk) => {
    const between = units.slice(after + 1, adjunct.first);
    const next = units[adjunct.last + 1]?.lower ?? '';
    // (a bearing the tagger left out of any chunk may stand between: "in the north on Saturday")
    const bearing = between.length <= 5 && between.every((u) => u.pos === 'ADP' || u.pos === 'DET' || isBearing(u.lower)) && between.filter((u) => u.pos === 'ADP').length <= 2;
    return (between.length <= 1 ? between.every((u) => u.pos === 'ADP') : bearing) && (/^(?:,|and|or)$/.test(next) || units[adjunct.last + 1]?.pos === 'ADP');
  };
  for (const c of chunks) {
    if (listOf[c.id] >= 0 || !c.refs.length) continue;
    let kind = kindOf(typeOf(c.refs[0]));
    const prepBefore = units[c.first - 1]?.pos === 'ADP' ? units[c.first - 1].lower : undefined;
    const members = [c];
    // a list after a verb is its object: a member with a verb of its own starts a new clause
    // (after a reduced passive, only past a comma: in "the statement signed by A and B ended the
    // war" the phrase before the participle is the subject of "ended"; in "Backed by A and B,
    // government forces have retaken …" the forces are)
    const before = groups.filter((g) => g.last < c.first && clauseOf[g.verb] === clauseOf[c.first]);
    const afterVerb = before.some((g) => !g.participle);
    const afterParticiple = before.some((g) => g.participle);
    let prev = c;
    // units of the adjuncts skipped between members ("Herat on Saturday and Jalalabad on Sunday")
    const skipped = new Set<number>();
    let reach = c.last;
    for (let d = c.id + 1; d < chunks.length; d++) {
      const next = chunks[d];
      // "the United Arab Emirates (UAE), France": a member inside a parenthesis is skipped, not an end
      if (clauseOf[next.first] !== clauseOf[c.first] && input.nestedIn(clauseOf[next.first], clauseOf[c.first])) continue;
      // "Mazar-i-Sharif in the north on Saturday and Jalalabad": a time or a bearing right after a member, before more members
      if (!next.refs.length && (next.time || isBearing(next.headWord)) && adjunctBetween(reach, next)) {
        for (let u = reach + 1; u <= next.last; u++) skipped.add(u);
        reach = next.last;
        continue;
      }
      if (!next.refs.length || next.time || clauseOf[next.first] !== clauseOf[c.first]) break;
      const nextKind = kindOf(typeOf(next.refs[0]));
      if (nextKind !== kind && nextKind !== 'any' && kind !== 'any') break;
      if (kind === 'any') kind = nextKind;
      // "the United Arab Emirates (UAE), France and Russia": a parenthesis between members is no separator
      const gap = units.slice(prev.last + 1, next.first).filter((_u, k) => clauseOf[prev.last + 1 + k] === clauseOf[c.first] && !skipped.has(prev.last + 1 + k)).map((u) => u.lower);
      if (!isSeparator(gap, grammar, prepBefore)) break;
      if ((afterVerb || (afterParticiple && gap.includes(','))) && finiteAfter(next) && gap.some((g) => g === 'and' || g === ',' || g === 'but')) break;
      members.push(next);
      prev = next;
      reach = next.last;
    }
    // (most lists are one chunk with one referent)
    const refs = members.length === 1 && c.refs.length === 1 ? [c.refs[0]] : [...new Set(members.flatMap((m) => m.refs))];
    const list: ArgList = { chunks: members.map((m) => m.id), first: members[0].first, last: members[members.length - 1].last, refs };
    for (const m of members) listOf[m.id] = lists.length;
    lists.push(list);
  }
  return { lists, listOf };
}
