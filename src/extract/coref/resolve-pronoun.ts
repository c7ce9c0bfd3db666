// Finds the antecedent of a pronoun among earlier mentions: "he/his" → the last person;
// "it/its" → the last proposal when one was just discussed, else the last organisation;
// "they/their" → the last armed group, government or country ("Haftar's forces …
// currently under their control" → Haftar).
import type { Mention } from '../pipeline-types.ts';

const WINDOW = 2;

function lastMatching(mentions: Mention[], from: number, sentence: number, test: (m: Mention) => boolean, subjectFirst = false): Mention | undefined {
  // subject preference for possessives: inside the pronoun's own sentence the first fitting mention (the
  // subject) wins ("The UAE called on … the UN process, but renewed its support" → UAE)
  let first = from;
  while (subjectFirst && first > 0 && mentions[first - 1].sentence === sentence) first--;
  for (let j = first; j < from; j++) {
    const m = mentions[j];
    if (m.source === 'pronoun' || (subjectFirst && m.afterPreposition)) continue; // "In Sudan, Egypt … its support": not Sudan
    if (test(m)) return m;
  }
  for (let j = from - 1; j >= 0; j--) {
    const m = mentions[j];
    if (sentence - m.sentence > WINDOW) return undefined;
    // a pronoun already resolved to a proposal passes it on ("It was suggested … Haftar rejected it")
    const target = m.source === 'pronoun' && m.entity?.startsWith('proposal-mention:') ? mentions.find((x) => x.id === +m.entity!.slice(17)) : m;
    if (target && target.source !== 'pronoun' && test(target)) return target;
  }
  return undefined;
}

/** No mention before the pronoun in its sentence ("In February they entered …"). */
const opensSentence = (mentions: Mention[], index: number) => index === 0 || mentions[index - 1].sentence !== mentions[index].sentence;

/** The subject of the sentence before: its first mention after no preposition, if it fits. */
function previousSubject(mentions: Mention[], index: number, test: (m: Mention) => boolean): Mention | undefined {
  const sentence = mentions[index].sentence - 1;
  let first = index;
  while (first > 0 && mentions[first - 1].sentence >= sentence) first--;
  const subject = mentions.slice(first, index).find((m) => m.sentence === sentence && !m.afterPreposition);
  return subject && subject.source !== 'pronoun' && test(subject) ? subject : undefined;
}

const SAID_AFTER = /^\s*,?\s*(?:[\p{L}-]+\s+){0,3}?(?:said|says|told|added|stated|stressed|insisted|announced|declared|warned|wrote|tweeted)\b/u;
const SAID_BEFORE = /(?:said|says|told|added|according to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * "we", "our forces": the side of whoever speaks — a speaker named in the sentence ("…, a
 * GNA spokesman said") or in the one before (a quote that goes on). A spokesman speaks
 * for his side.
 */
function speakerOf(mentions: Mention[], index: number, text: string): Mention | undefined {
  const p = mentions[index];
  for (const sentence of [p.sentence, p.sentence - 1]) {
    const speaker = mentions.find((m) => m.sentence === sentence && m.source !== 'pronoun' && m.type !== 'city' && m.type !== 'proposal' && m.entity
      && (SAID_AFTER.test(text.slice(m.end, m.end + 40)) || SAID_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))));
    if (speaker) return speaker;
  }
  return undefined;
}

const SPEECH_BEFORE = /\b(?:said|says|say|announced|announces|stated|states|added|insisted|insists|confirmed|confirms|warned|warns|declared|declares|vowed|vows|pledged|pledges|promised|promises|threatened|threatens|indicated|signalled|signaled|stressed|reiterated|affirmed|claimed|claims|denied|denies)\s+(?:on\s+\p{Lu}\p{L}+\s+)?(?:that\s+)?$/u;

/**
 * "Germany said it would send tanks": the subject of a complement of speech is the speaker
 * when the speaker is an organisation or a country — the first party of the sentence
 * before the verb (not a person: "Haftar said it" is something else, nor a place or a
 * phrase after a preposition).
 */
function speakingParty(mentions: Mention[], index: number, text: string, isPerson: (m: Mention) => boolean): Mention | undefined {
  const p = mentions[index];
  if (!SPEECH_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start))) return undefined;
  let first = index;
  while (first > 0 && mentions[first - 1].sentence === p.sentence) first--;
  const subject = mentions.slice(first, index).find((m) => m.source !== 'pronoun' && !m.afterPreposition);
  return subject && subject.type !== 'city' && subject.type !== 'proposal' && !isPerson(subject) ? subject : undefined;
}

/** The mention a pronoun refers to, or undefined when no antecedent is close enough. */
export function resolvePronoun(mentions: Mention[], index: number, options: { notProposal?: boolean; place?: boolean; holder?: boolean; text?: string } = {}): Mention | undefined {
  const p = mentions[index];
  const word = p.kind;
  if (word === 'we' || word === 'our' || word === 'us') return options.text ? speakerOf(mentions, index, options.text) : undefined;
  // "the LNA said it …": a leader's entry named by his force's name is an "it"
  const isPerson = (m: Mention) => m.kind === 'person' && !/^[A-Z]{2,6}$|\b(?:Army|Forces|Militia|Brigade|Front|Movement)\b/.test(m.text);
  // the subject of a verb of control ("that it seized") is a party the article has typed
  const isGroup = (m: Mention) => m.type !== 'city' && m.type !== 'proposal' && !(options.holder && m.kind === 'untyped');
  const possessive = word === 'his' || word === 'her' || word === 'its' || word === 'their';
  if (word === 'he' || word === 'his' || word === 'him' || word === 'she' || word === 'her') {
    return lastMatching(mentions, index, p.sentence, isPerson, possessive);
  }
  // "since it was recaptured by the GNA", "it fell to the rebels": a place changing hands
  // the place the sentence is about: "Tarhuna, southeast of the capital Tripoli, since it was recaptured"
  // (an unknown name counts: "entered Gori … abandoned it" — the verb of control types it a town later)
  if (word === 'it' && options.place) return lastMatching(mentions, index, p.sentence, (m) => m.type === 'city' || (m.kind === 'untyped' && m.source === 'name'), true);
  if (word === 'it' && options.text) {
    const speaker = speakingParty(mentions, index, options.text, isPerson);
    if (speaker) return speaker;
  }
  if (word === 'it' || word === 'its') {
    const proposal = options.notProposal ? undefined : lastMatching(mentions, index, p.sentence, (m) => m.type === 'proposal' && !m.generic);
    if (proposal) return proposal;
    return lastMatching(mentions, index, p.sentence, (m) => isGroup(m) && !isPerson(m), possessive);
  }
  // "Government forces retook Bambari. In February they entered Bossangoa": a subject "they"
  // opening its sentence continues the last sentence's subject (not its object, a town nothing typed yet)
  if (word === 'they' && options.text !== undefined && opensSentence(mentions, index)) {
    const subject = previousSubject(mentions, index, (m) => isGroup(m) && m.kind !== 'untyped' && (!isPerson(m) || Boolean(m.collective)));
    if (subject) return subject;
  }
  // "Russian troops entered Gori after Georgian forces abandoned it, and they also occupy Poti":
  // the subject of a coordinated clause is the sentence's subject
  const coordinated = word === 'they' && options.text !== undefined && /\band\s+$/.test(options.text.slice(Math.max(0, p.start - 6), p.start));
  return lastMatching(mentions, index, p.sentence, (m) => isGroup(m) && (!isPerson(m) || Boolean(m.collective)), possessive || coordinated);
}
