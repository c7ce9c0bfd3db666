// Attributions the text itself disputes: "the spokesman claimed that Qatar was arming the
// GNA, which Doha denied" (or "… Doha denied the claims." in the next sentence). Their
// facts are not facts but claims (stage 9 keeps them apart); this says so and names who
// claimed and who denied, when the text does.
import type { Mention, Sentence } from '../pipeline-types.ts';

const ATTRIBUTION = /\b(?:claim(?:s|ed|ing)?|alleg\w*|accus\w*|reportedly|rumou?rs?)\b/i;
const DISPUTE = /\b(?:denied|denies|deny|denying|false|baseless|untrue|unfounded|fabricated|lies?|dismissed (?:the|these|those|such|this|that) (?:claims?|allegations?|accusations?|reports?))\b/i;
/** "Ahmed al-Mismari, the spokesman of Khalifa Haftar, claimed": the appositive is not the claimant. */
const TRAILING_APPOSITIVE = /,[^,]*,\s*$/;
/** "which Doha (has|quickly) denied": the denier stands at most three words before the verb. */
const NEAR = /^\s*(?:'s\s+)?(?:[\w'-]+\s+){0,3}$/;

export interface Denial {
  /** The sentence that holds the denial (the claim's own or the next one). */
  sentence: number;
  /** Mention id of who made the claim, when it is named right before the claim verb. */
  claimant?: number;
  /** Mention id of who denied it ("which Doha denied", "denied by Doha", "Qatar denied the claims"). */
  denier?: number;
}

const within = (m: Mention, s: Sentence) => m.start >= s.start && m.end <= s.end;

/** The mention ending last before `offset` (absolute), among `mentions`. */
function lastBefore(mentions: Mention[], offset: number): Mention | undefined {
  return mentions.filter((m) => m.end <= offset).sort((a, b) => b.end - a.end)[0];
}

function denierOf(sentence: Sentence, mentions: Mention[], dispute: RegExpExecArray, after: number): number | undefined {
  const at = sentence.start + dispute.index;
  const end = at + dispute[0].length;
  // "a charge denied by Doha"
  if (/^\s+by\s+$/.test(sentence.text.slice(dispute.index + dispute[0].length, dispute.index + dispute[0].length + 4))) {
    return mentions.filter((m) => m.start >= end).sort((a, b) => a.start - b.start)[0]?.id;
  }
  const before = lastBefore(mentions.filter((m) => m.start >= after), at);
  return before && NEAR.test(sentence.text.slice(before.end - sentence.start, dispute.index)) ? before.id : undefined;
}

/**
 * @example findDenial(sentences[3], sentences[4], mentions) // → {sentence: 3, claimant: 12, denier: 15} for "…, which Doha denied"
 */
export function findDenial(sentence: Sentence, next: Sentence | undefined, mentions: Mention[]): Denial | undefined {
  const claim = ATTRIBUTION.exec(sentence.text);
  if (!claim) return undefined;
  const own = mentions.filter((m) => within(m, sentence));
  const here = DISPUTE.exec(sentence.text);
  // "Doha denied claims that it was arming the GNA": the denial comes first, nobody is named as claimant
  if (here && here.index < claim.index) return { sentence: sentence.index, ...opt('denier', denierOf(sentence, own, here, sentence.start)) };
  const there = here ? undefined : next && DISPUTE.exec(next.text);
  if (!here && !there) return undefined;
  const lead = sentence.text.slice(0, claim.index).replace(TRAILING_APPOSITIVE, '');
  const claimant = lastBefore(own, sentence.start + lead.trimEnd().length);
  const denial: Denial = { sentence: here ? sentence.index : next!.index, ...opt('claimant', claimant?.id) };
  const denier = here
    ? denierOf(sentence, own, here, sentence.start + claim.index)
    : denierOf(next!, mentions.filter((m) => within(m, next!)), there!, next!.start);
  return { ...denial, ...opt('denier', denier) };
}

const opt = <K extends string>(key: K, value: number | undefined) => (value === undefined ? {} : { [key]: value }) as Partial<Record<K, number>>;
