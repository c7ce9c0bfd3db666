// Noun frames. An event noun ("support", "backing", "control", "capture") takes its agent
// from a possessor, a modifier or a phrase ("Turkey's support for the GNA", "Turkish
// support", "support from Russia", "the capture of Sirte by Haftar") and, when the phrase
// lacks a role, from the verb or clause around it: "Y receives backing from X", "X
// provided support to Y", "Despite support from X, Y …", "Sirte, under Haftar's control".
// An agent noun ("backer", "ally", "proxy", "stronghold") stands for one role and finds
// the other in apposition ("X, a key backer of Y"), copula ("Y's allies are A and B"), or
// a list ("Y's backers, including A and B").
import type { ArgList, Chunk, VerbGroup } from '../structure/structure-types.ts';
import type { FactSink } from './fact-sink.ts';
import type { Arguments } from './find-arguments.ts';
import type { AgentNounTrigger, NounTrigger, Predicates } from './load-predicates.ts';
import { readMood } from './read-mood.ts';

// verbs whose subject receives what the noun names, or gives it
const RECEIVE = new Set(['receive', 'get', 'enjoy', 'win', 'gain', 'secure', 'seek', 'request', 'need', 'obtain', 'welcome', 'have', 'count', 'rely', 'depend', 'lose', 'garner', 'draw', 'attract']);
const GIVE = new Set(['provide', 'offer', 'give', 'extend', 'send', 'lend', 'pledge', 'increase', 'step', 'renew', 'express', 'voice', 'show', 'continue', 'boost', 'announce', 'promise', 'deliver', 'reaffirm', 'reiterate', 'declare', 'intensify', 'expand', 'throw', 'confirm', 'supply', 'ship', 'demonstrate', 'maintain', 'claim', 'celebrate', 'complete', 'tighten', 'consolidate', 'establish', 'cement', 'restore', 'regain', 'seize', 'take', 'assume', 'retain', 'keep', 'extend', 'strike', 'forge', 'form', 'seal', 'enter', 'build']);
const FRONTING = new Set(['with', 'despite', 'thanks', 'amid', 'backed', 'supported', 'after', 'following', 'under', 'through', 'via']);

const refsOf = (l?: ArgList) => l?.refs ?? [];

/** "Emirati and Egyptian backing", "Emirati, Egyptian and Russian backing": nationalities coordinated before the one that modifies the noun. */
function sharedModifiers(chunk: Chunk, args: Arguments, sink: FactSink): { mentions: number[]; first: number } {
  const { units } = args.s;
  const out = { mentions: [] as number[], first: chunk.first };
  if (!chunk.modifiers.length || !sink.demonym(chunk.modifiers[0])) return out;
  for (let k = chunk.first - 1; k > 0 && (units[k].lower === 'and' || units[k].text === ','); k -= 2) {
    const m = units[k - 1].mention;
    if (m === undefined || !sink.demonym(m)) break;
    out.mentions.push(m);
    out.first = k - 1;
  }
  return out;
}

/** Phrases right after the chunk: "for the GNA", "from Russia and the UAE", "by Haftar". */
function slot(chunk: Chunk, preps: string[], args: Arguments): number[] {
  if (!preps.length) return [];
  const hit = args.phraseAfter(chunk.last + 1, preps, args.s.clauseOf[chunk.head], 8);
  // only phrases that follow the noun closely (another phrase may stand between)
  return hit && hit.at - chunk.last <= 6 ? hit.list.refs : [];
}

/** "the backing of Iran and Russia", "the capture of Sirte": the list of the noun's "of" phrase. */
function ofList(chunk: Chunk, args: Arguments): number[] {
  if (chunk.complement.length) return chunk.complement;
  return args.s.units[chunk.last + 1]?.lower === 'of' ? args.listAt(chunk.last + 2, args.s.clauseOf[chunk.head])?.refs ?? [] : [];
}

/** The clause subject a fronted or trailing phrase belongs to. */
function hostSubject(chunk: Chunk, args: Arguments): ArgList | undefined {
  const clause = args.s.clauses[args.s.clauseOf[chunk.head]];
  if (clause.kind === 'adjunct' || clause.kind === 'participial') return args.controller(clause.id, 0);
  return undefined;
}

function linkEventNoun(chunk: Chunk, trigger: NounTrigger, args: Arguments, sink: FactSink): void {
  const { units } = args.s;
  const shared = sharedModifiers(chunk, args, sink);
  const possessed = [...chunk.possessors, ...chunk.modifiers, ...shared.mentions];
  const of = ofList(chunk, args);
  let agent: number[] = trigger.agent.includes('possessor') || trigger.agent.includes('modifier') ? possessed : [];
  const preps = trigger.targetSlots.filter((p) => p !== 'of');
  let target = slot(chunk, preps, args);
  if (!target.length && trigger.targetSlots.includes('of') && (agent.length || !trigger.agent.includes('of'))) target = of;
  if (!agent.length) agent = slot(chunk, trigger.agent.filter((p) => p !== 'possessor' && p !== 'modifier' && p !== 'of'), args);
  if (!agent.length && trigger.agent.includes('of') && target !== of) agent = of;
  // "has relied on Emirati backing": the preposition of a verb of receiving
  const phrase = { ...chunk, first: shared.first };
  const gov = args.governor(phrase) ?? (/^(?:on|upon)$/.test(units[phrase.first - 1]?.lower ?? '') ? args.governor({ ...phrase, first: phrase.first - 1 }) : undefined);
  if (trigger.relation === 'controls' && gov && !gov.passive && units[chunk.first - 1]?.lower !== 'under' && linkControlChange(chunk, gov, of, args, sink)) return;
  if (!target.length && gov && RECEIVE.has(gov.lemma) && !gov.passive) target = refsOf(args.subjectOf(gov));
  if (!agent.length && gov && GIVE.has(gov.lemma) && !gov.passive) agent = refsOf(args.subjectOf(gov));
  if (!agent.length && gov && GIVE.has(gov.lemma) && gov.passive) agent = refsOf(args.phraseAfter(chunk.last + 1, ['by'], gov.clause)?.list);
  if (!target.length && FRONTING.has(units[chunk.first - 1]?.lower ?? '')) target = refsOf(hostSubject(chunk, args));
  if (!target.length && FRONTING.has(units[chunk.first - 2]?.lower ?? '') && units[chunk.first - 1]?.pos === 'DET') target = refsOf(hostSubject(chunk, args));
  if (trigger.selfTarget) target = chunk.refs;
  if (trigger.relation === 'controls') return linkControlNoun(chunk, trigger, agent, target, of, args, sink);
  if (!agent.length || !target.length || trigger.relation === 'none') return;
  sink.add(trigger.relation, agent, target, `frame.noun:${trigger.lemma}`, { target: trigger.target });
}

/** "federal troops reasserted control of Bahir Dar", "the army lost control of Sirte": the subject takes or loses the place. */
function linkControlChange(chunk: Chunk, gov: VerbGroup, of: number[], args: Arguments, sink: FactSink): boolean {
  const { gained, lost } = args.grammar.controlVerbs;
  const change = gained.has(gov.lemma) ? 'gained' : lost.has(gov.lemma) ? 'lost' : undefined;
  if (!change || !of.length) return false;
  const mood = readMood(gov, args, args.grammar);
  if (mood.negated || mood.hypothetical || mood.intent || mood.demand) return true;
  const holders = refsOf(args.subjectOf(gov)).filter((r) => sink.kind(r) === 'party');
  // "control of Bahir Dar and Gondar": the list the complement heads
  const places = chunk.complement.length ? [...new Set([...of, ...args.listOf(chunk).refs])] : of;
  sink.add('controls', holders, places.filter((r) => sink.placeLike(r)), `frame.noun-change:${gov.lemma}`, { target: ['place'], change });
  return true;
}

/** "under Haftar's control", "in the hands of the RSF", "the capture of Sirte by Haftar". */
function linkControlNoun(chunk: Chunk, trigger: NounTrigger, agent: number[], target: number[], of: number[], args: Arguments, sink: FactSink): void {
  const { units } = args.s;
  const before = units[chunk.first - 1]?.lower;
  let places = target.filter((r) => sink.kind(r) === 'place');
  if (!places.length && (before === 'under' || before === 'in')) {
    // "Sirte, under Haftar's control" / "Sirte remained under the control of Haftar"
    let k = chunk.first - 2;
    while (units[k]?.pos === 'ADV') k--; // "is firmly under army control"
    const verbAt = k;
    if (units[k]?.text === ',') k--;
    const prev = args.chunkAt(k);
    if (prev) places = args.listOf(prev).refs;
    const gov = args.s.groupOf[verbAt] >= 0 ? args.s.groups[args.s.groupOf[verbAt]] : undefined;
    if (!places.length && gov) places = refsOf(args.subjectOf(gov));
    if (trigger.lemma === 'control' && !agent.length) agent = of;
  }
  places = places.filter((r) => sink.kind(r) === 'place');
  const holders = agent.filter((r) => sink.kind(r) === 'party');
  if (!places.length || !holders.length) return;
  // "Sirte must come under government control", "would fall into the hands of": not so yet
  let v = chunk.first - 2;
  while (units[v]?.pos === 'ADV') v--;
  const verb = args.s.groupOf[v] >= 0 ? args.s.groups[args.s.groupOf[v]] : undefined;
  if (verb && (before === 'under' || before === 'in')) {
    const mood = readMood(verb, args, args.grammar);
    if (mood.negated || mood.hypothetical || mood.intent || mood.demand) return;
  }
  const change = trigger.change === 'gained' ? 'gained' : undefined;
  sink.add('controls', holders, places, `frame.noun:${trigger.lemma}`, { target: ['place'], change });
}

/** What an agent noun stands for: its apposition anchor, copula subject, list or neighbour. */
const ALONG = /^(?:along|together)$/;

/** "X is one of Y's backers along with A and B": A and B are too. */
function alongWith(chunk: Chunk, args: Arguments): number[] {
  const { units, clauseOf } = args.s;
  let e = chunk.last + 1;
  if (units[e]?.text === ',') e++;
  if (ALONG.test(units[e]?.lower ?? '') && units[e + 1]?.lower === 'with') e += 2;
  else if (units[e]?.lower === 'alongside') e += 1;
  else if (units[e]?.lower === 'as' && units[e + 1]?.lower === 'well' && units[e + 2]?.lower === 'as') e += 3;
  else return [];
  return args.listAt(e, clauseOf[chunk.head])?.refs ?? [];
}

function denoted(chunk: Chunk, args: Arguments, place = false): number[] {
  const { units, clauses, clauseOf } = args.s;
  const clause = clauses[clauseOf[chunk.head]];
  // "X, a key backer of Y," — the apposition's anchor
  // ("A and B, both allies of C": the whole list)
  if (clause.kind === 'apposition' && clause.antecedent !== undefined && clause.first >= chunk.first - 3) return args.listOf(args.s.chunks[clause.antecedent]).refs;
  let k = chunk.first - 1;
  if (units[k]?.lower === 'of' && units[k - 1]?.lower === 'one') k -= 2;
  // copula: "X is Y's main backer", "X remains a key ally of Y"
  const gov = args.s.groupOf[k] >= 0 ? args.s.groups[args.s.groupOf[k]] : undefined;
  if (gov && (gov.lemma === 'be' || gov.lemma === 'remain' || gov.lemma === 'become' || gov.lemma === 'emerge')) return [...refsOf(args.subjectOf(gov)), ...alongWith(chunk, args)];
  let e = chunk.last + 1;
  const comma = units[e]?.text === ',';
  if (comma) e++;
  // "Y's allies are A and B", "the main backers of Y include A and B"
  const next = args.s.groupOf[e] >= 0 ? args.s.groups[args.s.groupOf[e]] : undefined;
  if (next && (next.lemma === 'be' || next.lemma === 'include')) return refsOf(args.objectAfter(next.last, next.clause));
  // "Y's backers, including A and B" / "Haftar's ally, Egyptian President Sisi,"
  // "The regime's principal foreign backers - Russia, Iran and Hezbollah - did not …": the list between dashes
  const aside = args.s.clauses.find((c) => c.kind === 'parenthetical' && c.first === chunk.last + 1 && (c.opener === 'dash' || c.opener === '('));
  if (aside) {
    const named = args.listAt(aside.first + 1, aside.id);
    if (named?.refs.length) return named.refs;
  }
  if (units[e]?.lower === 'including' || units[e]?.lower === 'like' || units[e]?.lower === 'namely') e++;
  else if (units[e]?.lower === 'such' && units[e + 1]?.lower === 'as') e += 2;
  else if (!comma) e = -1;
  const list = e >= 0 ? args.listAt(e, clauseOf[chunk.head]) : undefined;
  if (list) return list.refs;
  // "X, one of Y's backers" / "X, Y's ally,"
  const lead = units[chunk.first - 1]?.text === ',' ? chunk.first - 2 : units[chunk.first - 1]?.lower === 'of' && units[chunk.first - 3]?.text === ',' ? chunk.first - 4 : -1;
  const anchor = lead >= 0 ? args.chunkAt(lead) : undefined;
  // (a party is not the setting of a fronted "In Sudan,"; a place may be: "In Dahiyeh, Hezbollah's stronghold, …")
  if (anchor && (place || args.s.clauses[clauseOf[anchor.head]].kind !== 'adjunct')) return args.listOf(anchor).refs;
  return [];
}

function linkAgentNoun(chunk: Chunk, trigger: AgentNounTrigger, args: Arguments, sink: FactSink): void {
  if (chunk.headMention !== undefined) return;
  const ofPhrase = ofList(chunk, args);
  // "the RSF's Emirati backers": the nationality names the backers, the owner whom they back
  const theirOwn = !ofPhrase.length && chunk.possessors.length > 0 && chunk.nationality === true;
  const of = ofPhrase.length ? ofPhrase : theirOwn ? chunk.possessors : [...chunk.possessors, ...chunk.modifiers];
  if (trigger.needsPossessor && !chunk.possessors.length) return;
  const named = theirOwn ? chunk.modifiers.filter((m) => sink.demonym(m)) : denoted(chunk, args, Boolean(trigger.denotesTarget));
  if (!of.length || !named.length) return;
  const rule = `frame.agent-noun:${trigger.lemma}`;
  if (trigger.denotesTarget) sink.add('controls', of, named, rule, { target: ['place'] });
  else if (trigger.reverse) sink.add('supports', of, named, rule, { target: trigger.target });
  else sink.add('supports', named, of, rule, { target: trigger.target });
}

/** Links every event-noun and agent-noun chunk of the sentence. */
export function linkNouns(args: Arguments, predicates: Predicates, sink: FactSink): void {
  for (const chunk of args.s.chunks) {
    if (chunk.headMention !== undefined) continue;
    const nouns = predicates.nouns.get(chunk.headLemma) ?? predicates.nouns.get(chunk.headWord) ?? [];
    const agents = predicates.agentNouns.get(chunk.headLemma) ?? predicates.agentNouns.get(chunk.headWord) ?? [];
    for (const t of nouns) linkEventNoun(chunk, t, args, sink);
    for (const t of agents) linkAgentNoun(chunk, t, args, sink);
  }
}
