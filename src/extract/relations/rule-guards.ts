// Where the older rules (patterns over mentions as «id») read past what the sentence says;
// the linker reads these shapes from the structure, a rule would take the nearest name.
import type { Mention, RawFact } from '../pipeline-types.ts';
import type { SentenceStructure } from '../structure/structure-types.ts';
import { loadGrammar } from '../structure/load-grammar.ts';
import { loadPredicates } from '../frames/load-predicates.ts';
import { bearingBefore } from '../structure/chunk-units.ts';

const SPEAKS_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:say|says|said|believe|believes|estimate|estimates|allege|alleges|claim|claims|report|reports)\b/u;
const OWNS_PLACE_AFTER = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:suburbs?|outskirts?|districts?|neighbourhoods?|neighborhoods?|centre|center|port|airport|countryside|province|region|west|east|north|south)\b/u;

/**
 * "Turkey backs the GNA and Russia supports Haftar": a rule's list may run on into the next
 * clause; a mention followed by its own verb is that clause's subject, not the rule's object.
 */
function startsClause(s: SentenceStructure, mention: number): boolean {
  const at = s.units.findIndex((u) => u.mention === mention);
  // "…, the GNA turned to Turkey": past its determiner
  const before = s.units[at - 1]?.pos === 'DET' ? at - 2 : at - 1;
  if (at < 1 || !/^(?:and|but|,|while)$/.test(s.units[before]?.lower ?? '')) return false;
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
  if (structure && ownsOthers(structure, fact.subject)) return false;
  if (structure && subjectInsideAside(structure, fact.subject, fact.object)) return false;
  // "The village, perched on heights overlooking Stepanakert, had been held by Armenia": the aside's name is not the main verb's
  if (structure && objectInsideAside(structure, fact.subject, fact.object)) return false;
  // "Chadian mercenaries fought alongside the RSF": a nationality of irregular men is no party acting
  if (structure && structure.chunks.some((c) => c.nationality && c.modifiers.includes(fact.subject) && loadGrammar().irregularNouns.has(c.headWord))) return false;
  // "In Mali, backed by Russian troops, the army …": the setting before the comma backs nothing and is backed by no one
  if (fact.relation !== 'controls' && structure && (inFrontedSetting(structure, fact.subject) || inFrontedSetting(structure, fact.object))) return false;
  const object = byId.get(fact.object);
  // "the Black Sea port of Poti", "backed the UN initiative": a name that only modifies what is meant
  if (structure && modifiesAnother(structure, fact.object)) return false;
  // "a town south-east of Tripoli that is still held by …": a landmark is not the place held
  if (fact.relation === 'controls' && structure && afterBearing(structure, fact.object)) return false;
  return !(fact.relation === 'controls' && object && OWNS_PLACE_AFTER.test(textAfter(object, sentence)));
}

/** The mention is the place of a fronted locative ("In Mali, …", "Across Darfur, …"). */
function inFrontedSetting(s: SentenceStructure, mention: number): boolean {
  const at = s.units.findIndex((u) => u.mention === mention);
  const clause = at >= 0 ? s.clauses[s.clauseOf[at]] : undefined;
  return Boolean(clause) && clause!.kind === 'adjunct' && clause!.first <= 1 && /^(?:in|across|inside|throughout)$/.test(clause!.opener ?? '');
}

// "Haftar's friends", "the GNA's partners": nouns for other parties that are no trigger
const COMPANIONS = /^(?:friends?|partners?)$/;

/**
 * "It was welcomed by Haftar's allies", "the GNA's rivals": the owner of a noun for other
 * parties (a support agent noun of predicates.json, a counter noun of grammar.json) does not act.
 */
function ownsOthers(s: SentenceStructure, mention: number): boolean {
  const chunk = s.chunks.find((c) => c.possessors.includes(mention));
  if (!chunk) return false;
  const supporters = loadPredicates().agentNouns.get(chunk.headLemma)?.some((t) => t.relation === 'supports');
  return Boolean(supporters) || loadGrammar().counterNouns.has(chunk.headWord) || COMPANIONS.test(chunk.headWord);
}

const ASIDES = new Set(['relative', 'apposition', 'parenthetical']);

/**
 * "Erdogan, whose country supports the Tripoli government, poured cold water on the deal",
 * "mercenaries from Wagner, a Russian company, have fought for Haftar": a subject inside an
 * aside relates nothing outside it but the aside's anchor ("Haftar, backed by Russia").
 */
function subjectInsideAside(s: SentenceStructure, subject: number, object: number): boolean {
  const unitOf = (m: number) => s.units.findIndex((u) => u.mention === m);
  const [su, ou] = [unitOf(subject), unitOf(object)];
  if (su < 0 || ou < 0) return false;
  for (let c = s.clauseOf[su]; c > 0; c = s.clauses[c].parent) {
    const clause = s.clauses[c];
    if (!ASIDES.has(clause.kind)) continue;
    // only what follows the aside: its main clause ("…, poured cold water on the agreement")
    if (ou <= clause.last) return false;
    // the anchor, or the name right before the aside ("an assault on Sirte, which was retaken by …")
    const anchor = clause.antecedent !== undefined ? s.chunks[clause.antecedent] : undefined;
    return !(anchor && ou >= anchor.first && ou <= anchor.last) && !(ou < clause.first && ou >= clause.first - 3);
  }
  return false;
}

/** Is the object inside a participial aside anchored before it, and the subject after the aside? */
function objectInsideAside(s: SentenceStructure, subject: number, object: number): boolean {
  const unitOf = (m: number) => s.units.findIndex((u) => u.mention === m);
  const [su, ou] = [unitOf(subject), unitOf(object)];
  if (su < 0 || ou < 0 || su < ou) return false;
  for (let c = s.clauseOf[ou]; c > 0; c = s.clauses[c].parent) {
    const clause = s.clauses[c];
    if (clause.kind === 'participial' && clause.antecedent !== undefined && su > clause.last) return true;
  }
  return false;
}

/** "a town south-east of Tripoli": the name after a bearing is a landmark. */
function afterBearing(s: SentenceStructure, mention: number): boolean {
  const chunk = s.chunks[s.chunkOf[s.units.findIndex((u) => u.mention === mention)]];
  return Boolean(chunk) && bearingBefore(s.units, chunk.first - 1) >= 0;
}

/** "occupy the Black Sea port of Poti", "backed the UN initiative": a name modifying a phrase that stands for another. */
function modifiesAnother(s: SentenceStructure, mention: number): boolean {
  const chunk = s.chunks.find((c) => c.modifiers.includes(mention));
  return Boolean(chunk) && chunk!.refs.length > 0 && !chunk!.refs.includes(mention);
}
