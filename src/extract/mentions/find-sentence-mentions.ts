// Candidate mentions of one sentence, before theatre and coreference are known: lexicon
// aliases and epithets, proposals, demonyms, acting capitals, unknown names, pronouns.
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import type { City, CityGazetteer } from '../../lexicon/city-gazetteer.ts';
import type { Mention, Sentence } from '../pipeline-types.ts';
import { lexiconBySkeleton, matchAliases } from './alias-matcher.ts';
import { findProposals } from './find-proposals.ts';
import { findNames } from './find-names.ts';
import { findMetonyms } from './find-metonyms.ts';
import { selectSpans } from './select-spans.ts';
import { allMatches } from '../../text/all-matches.ts';
import { loadCues } from './load-cues.ts';

type Draft = Omit<Mention, 'id'>;

const PRONOUN = /\b(he|she|it|they|his|her|its|their|him|them|we|our|us)\b/giu;
const CAPITALISED_WORD = /(?<![\p{L}.])[\p{Lu}][\p{L}.]*(?![\p{L}])/gu;
const PROPOSAL_NOUN_AFTER = /^\s+(initiative|proposals?|plan|declaration|offer|efforts?|call|mediation|roadmap)\b/i;
const NOT_THE_STATE_AFTER = /^\s+(?:rebels?|opposition|insurgents?|militants?|protesters?|jihadists?|separatists?|dissidents?|exiles?|refugees|civilians|people|citizens|media|press|newspapers?|journalists?|analysts?|experts?|sources|diaspora|tribes?|tribesmen)\b/i;

const FUNCTION_WORD = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|in|on|at|for|from|with|and|but|or|as|by|of|to|after|before|when|while|if|since|both|all|some|meanwhile|yet|so|then|now|also)$/i;
const TIME_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * "Foreign Minister Thérèse Kayikwamba Wagner": a one-word alias of a group right after two
 * capitalised words, the last no title, people, time or other name of ours, is the end of a
 * name the lexicon does not know, not a mention of the entry ("Wagner").
 */
function tailOfUnknownName(h: { start: number; end: number; entryId: string; epithet?: boolean }, all: Array<{ start: number; end: number }>, text: string, base: number, lexicon: Lexicon): boolean {
  const entry = lexicon.entries.get(h.entryId);
  // (not a person's: a first name may be spelled any way, "Recep Tayyip Erdogan")
  if (!entry || entry.kind === 'state' || entry.kind === 'person' || entry.type === 'city' || h.epithet || /\s/.test(text.slice(h.start - base, h.end - base))) return false;
  // (two capitalised words before it, as a person's names: "Kurdish YPG", "Tuareg CMA" stay the group)
  const before = /(^|\s)\p{Lu}[\p{Ll}'’]+\s(\p{Lu}[\p{Ll}'’]+)\s$/u.exec(text.slice(Math.max(0, h.start - base - 60), h.start - base));
  if (!before) return false;
  const word = before[2];
  const wordStart = h.start - word.length - 1;
  // (the sentence's first word, a title, a nationality, a date or another name of ours keep the alias)
  if (!text.slice(0, wordStart - base).trim() || /^["“'‘(]$/.test(text.slice(0, wordStart - base).trim())) return false;
  if (loadCues().titles.has(word.toLowerCase()) || lexicon.demonyms.has(word.toLowerCase()) || TIME_WORD.test(word) || FUNCTION_WORD.test(word)) return false;
  return !all.some((o) => o !== h && o.end >= wordStart && o.start < h.start);
}

export function findSentenceMentions(sentence: Sentence, lexicon: Lexicon, gazetteer: CityGazetteer, theatre: string, proposalContext: boolean): Draft[] {
  const { text, start: base, index } = sentence;
  const draft = (start: number, end: number, rest: Partial<Draft> & Pick<Draft, 'source' | 'type' | 'kind'>): Draft =>
    ({ start, end, text: text.slice(start - base, end - base), sentence: index, ...rest });

  const aliasHits = splitBackedPrefix(mergeSameEntry(withParticles(matchAliases(lexicon, text, base), text, base)), lexicon)
    .filter((h, _k, all) => !tailOfUnknownName(h, all, text, base, lexicon)).map((h) => {
    const entry = lexicon.entries.get(h.entryId)!;
    // "Port Sudan", "Kuwait City": a town whose name holds a country's
    const town = entry.kind === 'state' ? townAround(text, h.start - base, h.end - base, gazetteer) : undefined;
    if (town) return draft(base + town.start, base + town.end, { source: 'name', type: 'city', kind: 'city', lat: town.city.lat, lon: town.city.lon, country: town.city.country });
    const source = h.epithet ? 'epithet' : entry.kind === 'state' ? 'country' : entry.type === 'city' ? 'place' : 'lexicon';
    return draft(h.start, h.end, { source, type: entry.type, kind: entry.kind, lexId: entry.id, lat: entry.lat, lon: entry.lon, ...(entry.type === 'city' && entry.country ? { country: entry.country } : {}) });
  });
  const proposalHits = findProposals(text, base, proposalContext).map((p) =>
    draft(p.start, p.end, { source: 'proposal', type: 'proposal', kind: 'ceasefire', name: p.name, generic: p.generic }));
  let chosen = selectSpans<Draft>([...aliasHits, ...proposalHits]);
  // an acting capital is its government, even where the lexicon knows it as a place
  for (const h of findMetonyms(text, base, lexicon)) {
    const over = chosen.filter((c) => c.start < h.end && h.start < c.end);
    if (over.some((c) => c.type !== 'city' || c.start !== h.start || c.end !== h.end)) continue;
    chosen = chosen.filter((c) => !over.includes(c));
    chosen.push(draft(h.start, h.end, { source: 'metonym', type: 'backer', kind: 'state', lexId: h.lexId }));
  }

  const spent: Array<{ start: number; end: number }> = [];
  for (const m of allMatches(CAPITALISED_WORD, text)) {
    const start = base + m.index!;
    const end = start + m[0].length;
    if (chosen.some((c) => c.start < end && start < c.end)) continue;
    const demonym = lexicon.demonyms.get(m[0].toLowerCase());
    if (!demonym) continue;
    const after = text.slice(end - base, end - base + 40);
    // "Syrian rebels" are not Syria, "ethnic Armenian forces" are a people's own, not Armenia's;
    // nor is the adjective a name of its own ("pro-Russian separatists" name no place "Russian")
    if (NOT_THE_STATE_AFTER.test(after) || /\bethnic\s+$/i.test(text.slice(Math.max(0, start - base - 8), start - base))) {
      spent.push({ start, end });
      continue;
    }
    chosen.push(draft(start, end, { source: 'demonym', type: 'backer', kind: 'state', lexId: demonym }));
    const noun = PROPOSAL_NOUN_AFTER.exec(after);
    if (noun && !chosen.some((c) => c.start < end + noun[0].length && end < c.end)) {
      const nStart = end + noun[0].indexOf(noun[1]);
      chosen.push(draft(nStart, nStart + noun[1].length, { source: 'proposal', type: 'proposal', kind: 'ceasefire', generic: false }));
    }
  }

  let masked = text;
  for (const c of [...chosen, ...spent]) masked = masked.slice(0, c.start - base) + ' '.repeat(c.end - c.start) + masked.slice(c.end - base);
  const sentenceStart: boolean[] = [];
  sentenceStart[0] = true;
  // a capitalised common word opening the sentence ("Residents of …") does not start a name
  const opening = sentence.tokens.find((t) => /\p{L}/u.test(t.text));
  const commonStart = new Set(opening && opening.pos !== 'PROPN' && /^\p{Lu}/u.test(opening.text) ? [opening.start - base] : []);
  const names = findNames(masked, base, gazetteer, theatre, sentenceStart, commonStart);
  propagateListTypes(names, text, base);
  for (const n of names) {
    const known = lexiconBySkeleton(lexicon, n.text);
    const entry = known ? lexicon.entries.get(known) : undefined;
    if (entry) {
      chosen.push(draft(n.start, n.end, { source: 'lexicon', type: entry.type, kind: entry.kind, lexId: entry.id, lat: entry.lat, lon: entry.lon }));
      continue;
    }
    // untyped names ("Putin" alone) stay as candidates: coreference keeps them only when they
    // shorten a typed name of the same article ("Vladimir Putin")
    if (n.openingWord) {
      chosen.push(draft(n.start, n.end, { source: 'name', type: 'actor', kind: 'untyped', openingWord: true }));
      continue;
    }
    chosen.push(draft(n.start, n.end, { source: 'name', type: n.type ?? 'actor', kind: n.type ? n.kind ?? 'organisation' : 'untyped', lat: n.lat, lon: n.lon, ...(n.country ? { country: n.country } : {}) }));
  }
  for (const m of allMatches(PRONOUN, text)) {
    const start = base + m.index!;
    const end = start + m[0].length;
    if (chosen.some((c) => c.start < end && start < c.end)) continue;
    chosen.push(draft(start, end, { source: 'pronoun', type: 'actor', kind: m[0].toLowerCase() }));
  }
  chosen = chosen.sort((a, b) => a.start - b.start);
  return chosen;
}

/** A town of 50,000 or more named by a country's name with a capitalised word before or after it ("Port Sudan"). */
function townAround(text: string, start: number, end: number, gazetteer: CityGazetteer): { start: number; end: number; city: City } | undefined {
  const before = /(\p{Lu}[\p{Ll}]+)\s$/u.exec(text.slice(Math.max(0, start - 20), start));
  const after = /^\s(\p{Lu}[\p{Ll}]+)/u.exec(text.slice(end, end + 20));
  const spans = [...(before ? [[start - before[0].length, end]] : []), ...(after ? [[start, end + after[0].length]] : [])];
  for (const [s, e] of spans) {
    const city = gazetteer.lookup(text.slice(s, e));
    if (city && city.name.includes(' ')) return { start: s, end: e, city };
  }
  return undefined;
}

/** Overlapping hits of one entry become one span: "internationally recognized" + "Government of National Accord". */
function mergeSameEntry(hits: ReturnType<typeof matchAliases>): ReturnType<typeof matchAliases> {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const out: typeof hits = [];
  for (const h of sorted) {
    const prev = out.find((o) => o.entryId === h.entryId && o.start < h.end && h.start < o.end);
    if (!prev) {
      out.push({ ...h });
      continue;
    }
    prev.start = Math.min(prev.start, h.start);
    prev.end = Math.max(prev.end, h.end);
    prev.epithet = prev.epithet && h.epithet;
  }
  return out;
}

const PARTICLE_BEFORE = /(?:\b[A-Z][\p{Ll}]+\s+)?\b(?:al|el|Al|El|AL)[-\s]$/u;

/**
 * "Ahmed Al-Mismari" is the name "Mismari" with its article and a first name: the mention
 * takes them too, so no stray "Ahmed" is left behind.
 */
function withParticles(hits: ReturnType<typeof matchAliases>, text: string, base: number): ReturnType<typeof matchAliases> {
  return hits.map((h) => {
    const before = PARTICLE_BEFORE.exec(text.slice(Math.max(0, h.start - base - 20), h.start - base));
    return before ? { ...h, start: h.start - before[0].length, text: before[0] + h.text } : h;
  });
}

const BACKED_PREFIX = /^([\p{L}.]+)-(?:backed|supported|sponsored|recogni[sz]ed)\s+/u;

/**
 * An epithet that names a backer ("UN-supported government") is split: the backer
 * becomes its own mention so "X-backed Y" can read the support; recognition stays whole.
 */
function splitBackedPrefix(hits: ReturnType<typeof matchAliases>, lexicon: Lexicon): ReturnType<typeof matchAliases> {
  const out: typeof hits = [];
  for (const h of hits) {
    const m = BACKED_PREFIX.exec(h.text);
    const prefix = m && !/recogni/.test(m[0]) ? matchAliases(lexicon, m[1]).find((p) => p.end - p.start === m[1].length) : undefined;
    if (!m || !prefix) {
      out.push(h);
      continue;
    }
    out.push({ ...prefix, start: h.start, end: h.start + m[1].length });
    out.push({ ...h, start: h.start + m[0].length, text: h.text.slice(m[0].length) });
  }
  return out;
}

/** "the towns of Wadi Wishka, Buerat, Jarif and Qasr Abu Haid": one cue types the whole list. */
function propagateListTypes(names: ReturnType<typeof findNames>, text: string, base: number): void {
  const joined = (a: { end: number }, b: { start: number }) => /^\s*(?:,|and|, and|or)\s*$/.test(text.slice(a.end - base, b.start - base));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < names.length; i++) {
      const [a, b] = [names[i], names[i + 1]];
      if (!joined(a, b)) continue;
      if (a.type === 'city' && !b.type) Object.assign(b, { type: 'city', kind: a.kind, cue: 'list' });
      if (b.type === 'city' && !a.type) Object.assign(a, { type: 'city', kind: b.kind, cue: 'list' });
    }
  }
}
