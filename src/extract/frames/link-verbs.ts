// Verb frames: each verb group whose lemma is a trigger gets its roles filled in the
// realisation it appears in — active ("Turkey backs the GNA"), passive ("is backed by
// Turkey"), participle ("Haftar, backed by Egypt, …"), infinitive ("sent troops to help
// the GNA") or gerund ("after seizing Sirte") — and its mood decides whether it states a
// fact, a different one ("refused to sign" = rejects), or nothing ("would back").
import type { Relation } from '../../types.ts';
import type { Grammar } from '../structure/load-grammar.ts';
import { headIn } from '../structure/chunk-units.ts';
import type { ArgList, VerbGroup } from '../structure/structure-types.ts';
import type { FactSink } from './fact-sink.ts';
import type { Arguments } from './find-arguments.ts';
import type { Predicates, TargetKind, VerbTrigger } from './load-predicates.ts';
import { readMood, type Mood } from './read-mood.ts';

// "took full control of": words that may stand inside a multi-word verb
const INSIDE = new Set(['full', 'complete', 'total', 'effective', 'firm', 'back', 'the']);

/** The last unit of `trigger`'s phrase starting at the group's verb, or -1 when it does not match. */
function phraseEnd(trigger: VerbTrigger, g: VerbGroup, args: Arguments): number {
  const { units } = args.s;
  let k = g.verb + 1;
  for (const word of trigger.rest) {
    // "took full control of", "remains firmly in control of"
    while (units[k] && units[k].lower !== word && (INSIDE.has(units[k].lower) || units[k].pos === 'ADV') && k <= g.verb + trigger.rest.length + 3) k++;
    if (units[k]?.lower !== word) return -1;
    k++;
  }
  return Math.max(k - 1, trigger.rest.length ? k - 1 : g.last);
}

const voiceOf = (g: VerbGroup) => (g.passive || g.participle ? 'passive' : g.infinitive ? 'infinitive' : g.gerund ? 'gerund' : 'active');

function refs(list: ArgList | undefined): number[] {
  return list?.refs ?? [];
}

/** The patient of a passive group: its subject, or for a participle the phrase it follows. */
function patientOf(g: VerbGroup, args: Arguments): ArgList | undefined {
  if (g.passive && !g.participle) return args.subjectOf(g);
  const { units, clauses } = args.s;
  const clause = clauses[g.clause];
  let k = g.first - 1;
  if (units[k]?.text === ',') k--;
  let chunk = args.chunkAt(k);
  // "the last major city in Darfur held by the army": the phrase before is the head's, not the patient
  if (chunk && /^(?:in|of|at|near|on)$/.test(units[chunk.first - 1]?.lower ?? '') && args.chunkAt(chunk.first - 2)) chunk = args.chunkAt(chunk.first - 2);
  if (chunk && args.s.clauseOf[chunk.head] === g.clause) {
    const list = args.listOf(chunk);
    if (list.refs.length) return list;
  }
  // "Khalifa Haftar, the retired general backed by Russia": the apposition's anchor
  if (clause.antecedent !== undefined && (!chunk || !chunk.refs.length || chunk.id === clause.antecedent)) return args.listOf(args.s.chunks[clause.antecedent]);
  if (clause.kind === 'participial' || clause.first === g.first) return args.controller(g.clause, 0);
  return undefined;
}

function allowed(relation: Relation, trigger: VerbTrigger, mood: Mood): Relation | undefined {
  // "urged both sides to respect it", "called on Turkey to withdraw": asked, not done
  if (mood.hypothetical || mood.demand) return undefined;
  if (mood.negated) return relation === 'supports' ? trigger.negated : undefined;
  return relation;
}

/** Marks a rule whose relation came from the signer being an outside power (`byType`). */
export const OUTSIDE_SIGNER = ':outside';

/** Verbs of being in a state: "are in Sirte", "remains in the hands of the army". */
export const STAY = new Set(['be', 'remain', 'stay']);
const ARMED_HEADS = new Set(['forces', 'force', 'troops', 'fighters', 'militia', 'militias', 'militiamen', 'army', 'units', 'soldiers', 'mercenaries', 'gunmen', 'militants', 'rebels']);

/** "as long as Haftar's forces are in Sirte", "RSF fighters remain in El Fasher": armed men in a town hold it. */
function linkPresence(g: VerbGroup, args: Arguments, grammar: Grammar, sink: FactSink): void {
  const { units } = args.s;
  if (!STAY.has(g.lemma) || g.passive) return;
  const mood = readMood(g, args, grammar);
  if (mood.negated || mood.hypothetical || mood.intent) return;
  const at = g.last + 1;
  if (units[at]?.lower !== 'in' && units[at]?.lower !== 'inside') return;
  const places = args.listAt(at + 1, g.clause);
  if (!places?.refs.every((r) => sink.kind(r) === 'place')) return;
  const subject = args.subjectOf(g);
  const head = subject ? args.s.chunks[subject.chunks[subject.chunks.length - 1]] : undefined;
  if (!subject || !head || !ARMED_HEADS.has(head.headWord)) return;
  sink.add('controls', subject.refs, places.refs, `frame.presence:${g.lemma}`, { target: ['place'] });
}

/** A "with" phrase of assets right after the object list. */
function withAssets(object: ArgList, args: Arguments, grammar: Grammar): boolean {
  const { units, chunkOf, chunks } = args.s;
  const at = object.last + 1;
  if (units[at]?.lower !== 'with') return false;
  const c = chunkOf[at + 1] >= 0 ? chunks[chunkOf[at + 1]] : undefined;
  return Boolean(c) && units.slice(c!.first, c!.last + 1).some((u) => grammar.assetNouns.has(u.lower) || grammar.assetNouns.has(u.lemma));
}

const DID = /^(?:did|do|does|has|have|had)$/;

/** "Qatar welcomed the announcement, as did the US embassy and Germany": those after "as did" do the same. */
function ellipsisSubjects(g: VerbGroup, args: Arguments): number[] {
  const { units, groupOf, groups, clauses } = args.s;
  // "Qatar, like Turkey, backs the GNA": the one it is likened to does the same
  const like = clauses.find((c) => c.kind === 'parenthetical' && c.opener === 'like' && c.parent === g.clause && c.last < g.first && c.last >= g.first - 3);
  if (like) return args.listAt(like.first + 1, like.id)?.refs ?? [];
  for (let k = g.last + 1; k < units.length - 2; k++) {
    if (units[k].text === ';' || (groupOf[k] >= 0 && groups[groupOf[k]].id !== g.id)) return [];
    if (units[k].text === ',' && units[k + 1].lower === 'as' && DID.test(units[k + 2].lower)) return args.listAt(k + 3, args.s.clauseOf[k + 3])?.refs ?? [];
  }
  return [];
}

/** Links every trigger verb of the sentence. */
export function linkVerbs(args: Arguments, predicates: Predicates, grammar: Grammar, sink: FactSink): void {
  for (const g of args.s.groups) {
    linkPresence(g, args, grammar, sink);
    const candidates = predicates.verbs.get(g.lemma);
    if (!candidates) continue;
    const mood = readMood(g, args, grammar);
    const voice = voiceOf(g);
    for (const trigger of candidates) {
      const end = phraseEnd(trigger, g, args);
      if (end < 0) continue;
      const passive = voice === 'passive';
      if (trigger.passiveOnly && !passive) continue;
      if (trigger.negatedOnly && !mood.negated) continue;
      const subject = passive ? patientOf(g, args) : args.subjectOf(g);
      const object = passive ? undefined : args.objectAfter(end, g.clause) ?? objectGap(g, args) ?? sharedObject(g, args);
      const agent = passive ? args.phraseAfter(end + 1, ['by', ...(trigger.agentVia ?? [])], g.clause)?.list : subject;
      let rule = `frame.verb-${voice}:${trigger.lemma.replace(/ /g, '-')}`;
      if (trigger.relation === 'controls') {
        if (linkControl(trigger, g, { subject, object, agent, end, passive, mood, rule }, args, sink)) break;
        continue;
      }
      // "provided drones to the RSF", "a system provided by the UAE to Haftar's forces": only
      // what arms or pays a party says support ("sent a letter to Ankara" does not)
      // ("sold the army drones": the one given to stands first, the asset after it)
      const via = trigger.via ? args.phraseAfter(end + 1, trigger.via, g.clause)?.list ?? recipientFirst(object, args, grammar) : undefined;
      if (trigger.via && (!via || (via !== object && !givesAsset(g, passive, end, args, grammar)))) continue;
      // "the army has received drones from Iran": the giver stands in the phrase, the subject receives
      const giver = trigger.sourceVia && !passive ? args.phraseAfter(end + 1, trigger.sourceVia, g.clause)?.list : undefined;
      if (trigger.sourceVia && (!giver || !givesAsset(g, passive, end, args, grammar))) continue;
      // "Iran has provided him with advisers and money": the one provided, when a "with" phrase gives assets
      if (trigger.withAsset && (passive || !object || !withAssets(object, args, grammar))) continue;
      // "the NUG would not be bound by any ceasefire": the subject acts on the "by" phrase
      const reversed = passive && trigger.passiveReversed;
      const target = reversed ? agent : giver ? subject : via ?? (passive ? subject : object);
      const source = reversed ? subject : giver ?? agent;
      if (!target?.refs.length || !source?.refs.length) continue;
      if (trigger.namedTarget && target.refs.every((r) => sink.pronoun(r))) continue;
      const kinds = target.refs.map((r) => sink.kind(r));
      if (!kinds.some((k) => k && trigger.target.includes(k))) continue;
      // "Turkey and the UAE back the GNA and Haftar respectively": pair the lists
      const paired = respectively(target, args) && source.refs.length === target.refs.length && source.refs.length > 1;
      if (paired) {
        const typed = sourceRelation(trigger, source.refs, sink);
        const relation = allowed(typed, trigger, mood);
        if (relation) source.refs.forEach((s, k) => sink.add(relation, [s], [target.refs[k]], `${rule}${typed !== trigger.relation ? OUTSIDE_SIGNER : ''}:respectively`, { target: trigger.target }));
        break;
      }
      const sources = [...refs(source), ...(giver || passive ? [] : ellipsisSubjects(g, args))];
      const typed = sourceRelation(trigger, sources, sink);
      const relation = allowed(typed, trigger, mood);
      // an outside power's signature: stage 6 makes it a warring party's when the article has it hold ground
      if (relation) sink.add(relation, sources, refs(target), typed !== trigger.relation ? rule + OUTSIDE_SIGNER : rule, { target: trigger.target });
      break;
    }
  }
}

/** "a ceasefire, which the Taliban rejected": in an object relative clause the antecedent is the object. */
function objectGap(g: VerbGroup, args: Arguments): ArgList | undefined {
  const clause = args.s.clauses[g.clause];
  if (clause.kind !== 'relative' || clause.antecedent === undefined || clause.opener === 'whose') return undefined;
  const at = clause.first + (clause.contact ? 0 : 1);
  const subject = args.chunkAt(at);
  if (!subject || subject.first !== at || subject.last >= g.first) return undefined;
  // "the towns the rebels had seized, including Bambari": with the examples after the clause
  const antecedent = args.s.chunks[clause.antecedent];
  return args.listAt(antecedent.first, args.s.clauseOf[antecedent.first]) ?? args.listOf(antecedent);
}

/** "Iran arms and trains the PMF": a verb coordinated with the next one shares its object. */
function sharedObject(g: VerbGroup, args: Arguments, depth = 0): ArgList | undefined {
  const { units, groupOf, groups } = args.s;
  const at = g.last + 1;
  if (depth > 3 || !/^(?:and|or|,)$/.test(units[at]?.lower ?? '')) return undefined;
  const next = groupOf[at + 1] >= 0 ? groups[groupOf[at + 1]] : undefined;
  if (!next || next.first !== at + 1 || next.clause !== g.clause) return undefined;
  return args.objectAfter(next.last, next.clause) ?? sharedObject(next, args, depth + 1);
}

/** "sold the Sri Lankan army arms and ammunition": a party object followed by an asset is the recipient. */
function recipientFirst(object: ArgList | undefined, args: Arguments, grammar: Grammar): ArgList | undefined {
  if (!object?.refs.length) return undefined;
  const after = args.chunkAt(object.last + 1);
  const asset = after && after.first === object.last + 1 && (grammar.assetNouns.has(after.headWord) || grammar.assetNouns.has(after.headLemma));
  return asset ? object : undefined;
}

function respectively(list: ArgList, args: Arguments): boolean {
  const { units } = args.s;
  let k = list.last + 1;
  if (units[k]?.text === ',') k++;
  return units[k]?.lower === 'respectively';
}

/** The thing given is troops, weapons, money or aid: the object, or the passive's subject. */
function givesAsset(g: VerbGroup, passive: boolean, end: number, args: Arguments, grammar: Grammar): boolean {
  const { units, chunks, chunkOf, clauses } = args.s;
  const clause = clauses[g.clause];
  let k = passive ? g.first - 1 : end + 1;
  while (units[k] && (units[k].pos === 'ADV' || units[k].pos === 'AUX')) k += passive ? -1 : 1;
  // "vehicles that were delivered by the UAE": the relative clause's antecedent was given
  const antecedent = passive && clause.kind === 'relative' && clause.antecedent !== undefined ? chunks[clause.antecedent] : undefined;
  const c = antecedent ?? (chunkOf[k] >= 0 ? chunks[chunkOf[k]] : undefined);
  const asset = (x: typeof c) => Boolean(x) && (grammar.assetNouns.has(x!.headWord) || grammar.assetNouns.has(x!.headLemma) || args.s.units.slice(x!.first, x!.last + 1).some((u) => grammar.assetNouns.has(u.lower)));
  if (asset(c)) return true;
  // "provided more than $18 billion in military assistance to Ukraine": an amount of an asset
  if (passive) return false;
  for (let j = k; j < Math.min(units.length - 1, k + 7); j++) {
    if (!/^(?:in|of|worth)$/.test(units[j].lower)) continue;
    const amount = units.slice(k, j).some((u) => u.pos === 'NUM');
    return amount && asset(chunkOf[j + 1] >= 0 ? chunks[chunkOf[j + 1]] : undefined);
  }
  return false;
}

/** "A and B signed the truce" (warring parties) vs "Russia and Turkey agreed a truce" (outside powers). */
function sourceRelation(trigger: VerbTrigger, sources: number[], sink: FactSink): Relation {
  if (!trigger.byType) return trigger.relation as Relation;
  const types = sources.map((r) => (sink.kind(r) === 'party' ? sink.type(r) : undefined));
  const byType = types.map((t) => (t ? trigger.byType![t] : undefined)).find(Boolean);
  return byType ?? (trigger.relation as Relation);
}

interface ControlArgs {
  subject?: ArgList;
  object?: ArgList;
  agent?: ArgList;
  end: number;
  passive: boolean;
  mood: Mood;
  rule: string;
}

const PLACE: TargetKind[] = ['place'];

/** The place after "at/in" when the verb's object is a noun of standing ground ("the line", "positions"). */
function standingIn(g: VerbGroup, args: Arguments): ArgList | undefined {
  const chunk = args.chunkAt(g.last + 1);
  if (!chunk || chunk.first !== g.last + 1 || chunk.refs.length || !headIn(args.grammar.groundNouns, chunk)) return undefined;
  return args.phraseAfter(chunk.last + 1, ['at', 'in', 'inside'], g.clause, 3)?.list;
}

/** The places after ", followed by" that comes after a change of hands, before any other verb. */
function followedBy(g: VerbGroup, args: Arguments, sink: FactSink): number[] {
  const { units, groups } = args.s;
  const next = groups[g.id + 1];
  if (!next || next.lemma !== 'follow' || units[next.first - 1]?.text !== ',' || units[next.last + 1]?.lower !== 'by') return [];
  const list = args.listAt(next.last + 2, args.s.clauseOf[next.last + 2]);
  return list?.refs.length && list.refs.every((r) => sink.placeLike(r)) ? list.refs : [];
}

/** Controls frames: who holds, took or lost which place, and from whom. */
function linkControl(trigger: VerbTrigger, g: VerbGroup, a: ControlArgs, args: Arguments, sink: FactSink): boolean {
  const { mood } = a;
  if (mood.negated || mood.hypothetical) return false;
  const isPlace = (l?: ArgList) => Boolean(l?.refs.length) && l!.refs.every((r) => sink.placeLike(r)) && (l!.examplesOfPlaces || l!.refs.some((r) => sink.kind(r) === 'place' || l!.refs.length === 1));
  let gainer: number[] = [];
  let loser: number[] = [];
  let places: number[] = [];
  if (trigger.subjectIsPlace) {
    if (!isPlace(a.subject)) return false;
    places = refs(a.subject);
    gainer = refs(a.object);
    // "the group captured Zaranj … Herat and Kandahar fell on August 12": the party taking places
    if (!gainer.length && trigger.impliedGainer) gainer = sink.takerBefore(places);
  } else if (trigger.objectLoses) {
    // "drove Haftar's forces out of Gharyan" / "were pushed back from Tarhuna by the GNA"
    const from = args.phraseAfter(a.end + 1, ['out of', 'from', 'of'], g.clause);
    if (!from || !isPlace(from.list)) return false;
    places = refs(from.list);
    if (a.passive) [loser, gainer] = [refs(a.subject), refs(a.agent)];
    else [gainer, loser] = [refs(a.subject), refs(a.object)];
  } else if (trigger.recipient) {
    // "Ghazni was handed to the Taliban by its governor", "handed over Sirte to the GNA"
    const place = a.passive ? a.subject : a.object;
    if (!isPlace(place)) return false;
    places = refs(place);
    gainer = refs(args.phraseAfter(a.end + 1, trigger.recipient, g.clause)?.list);
    loser = refs(a.passive ? a.agent : a.subject);
  } else {
    let place = a.passive ? a.subject : a.object;
    // "is holding the battle line at Sirte", "keep positions in Bakhmut": where the holder stands
    if (!isPlace(place) && !a.passive && trigger.change === 'state') place = standingIn(g, args);
    if (!isPlace(place)) return false;
    places = refs(place);
    const holder = a.passive ? a.agent : a.subject;
    if (trigger.change === 'lost') loser = refs(holder);
    else gainer = refs(holder);
    if (trigger.from) loser = refs(args.phraseAfter(a.end + 1, ['from'], g.clause)?.list);
  }
  if (!places.length) return false;
  // "Herat and Kandahar fell on August 12, followed by Mazar-i-Sharif and Jalalabad": the same change
  if (trigger.change !== 'state') places = [...places, ...followedBy(g, args, sink)];
  const happened = mood.past || (!mood.intent && !g.infinitive);
  if (trigger.change === 'state') {
    if (!mood.intent || g.lemma === 'keep' || g.lemma === 'retain') sink.add('controls', gainer, places, a.rule, { target: PLACE });
    return true;
  }
  if (mood.intent) {
    // "must withdraw from Sirte", "need to be evacuated by Haftar's forces": the holder still holds it
    if (trigger.change === 'lost' && trigger.intentHolds && mood.demand) sink.add('controls', loser, places, `${a.rule}:still-holds`, { target: PLACE });
    return true;
  }
  if (!happened) return true;
  const when = args.timeScope(g);
  sink.add('controls', gainer, places, a.rule, { target: PLACE, change: 'gained', when });
  sink.add('controls', loser, places, a.rule, { target: PLACE, change: 'lost', when });
  return true;
}
