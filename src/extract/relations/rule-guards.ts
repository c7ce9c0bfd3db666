// Where the older rules (patterns over mentions as «id») read past what the sentence says;
// the linker reads these shapes from the structure, a rule would take the nearest name.
import type { Mention, RawFact } from '../pipeline-types.ts';
import type { SentenceStructure } from '../structure/structure-types.ts';

const SPEAKS_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:say|says|said|believe|believes|estimate|estimates|allege|alleges|claim|claims|report|reports)\b/u;
const OWNS_PLACE_AFTER = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:suburbs?|outskirts?|districts?|neighbourhoods?|neighborhoods?|centre|center|port|airport|countryside|province|region|west|east|north|south)\b/u;

/**
 * "Turkey backs the GNA and Russia supports Haftar": a rule's list may run on into the next
 * clause; a mention followed by its own verb is that clause's subject, not the rule's object.
 */
function startsClause(s: SentenceStructure, mention: number): boolean {
  const at = s.units.findIndex((u) => u.mention === mention);
  if (at < 1 || !/^(?:and|but|,|while)$/.test(s.units[at - 1].lower)) return false;
  let k = at + 1;
  while (s.units[k]?.pos === 'ADV') k++;
  const g = s.groupOf[k] >= 0 ? s.groups[s.groupOf[k]] : undefined;
  return Boolean(g) && g!.first === k && !g!.infinitive && !g!.participle && !g!.gerund;
}

const textAfter = (m: Mention, sentence: { start: number; text: string }) => sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 40);

/**
 * Does a rule's fact stand? Not when its object starts the next clause; not when its subject
 * speaks an inserted clause ("Rwanda, which UN experts say has troops fighting alongside
 * the M23"); not when the place it holds owns or modifies the one meant ("Hezbollah's stronghold in
 * Beirut's southern suburbs", "the Black Sea port of Poti").
 */
export function ruleFactStands(fact: RawFact, sentence: { start: number; text: string }, structure: SentenceStructure | undefined, byId: Map<number, Mention>): boolean {
  if (structure && startsClause(structure, fact.object)) return false;
  const subject = byId.get(fact.subject);
  if (subject && SPEAKS_AFTER.test(textAfter(subject, sentence))) return false;
  const object = byId.get(fact.object);
  if (fact.relation === 'controls' && structure && modifiesAnotherPlace(structure, fact.object)) return false;
  return !(fact.relation === 'controls' && object && OWNS_PLACE_AFTER.test(textAfter(object, sentence)));
}

/** "occupy the Black Sea port of Poti": a name modifying a phrase that stands for another place. */
function modifiesAnotherPlace(s: SentenceStructure, mention: number): boolean {
  const chunk = s.chunks.find((c) => c.modifiers.includes(mention));
  return Boolean(chunk) && chunk!.refs.length > 0 && !chunk!.refs.includes(mention);
}
