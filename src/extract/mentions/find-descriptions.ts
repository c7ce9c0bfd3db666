// Parties and places described, not named: "the government", "government forces", "the
// Sudanese army", "Yemen's government", "the government of Sudan", "the regime", "the
// rebels", "the paramilitaries", "the coalition", "the group", "the city". Each is a
// mention with its role (data/lexicon/descriptions.json); coreference decides whom it
// means. A description of a foreign country's state ("Russian troops") is that country,
// which the country mention already says, and a description right before a name ("the
// paramilitary Rapid Support Forces") only qualifies the name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LEXICON_DIR } from '../../lexicon/load-lexicon.ts';
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import { loadCues } from './load-cues.ts';
import { allMatches } from '../../text/all-matches.ts';

// nouns a description word may modify instead of heading its own phrase
const NOUN_AFTER = new Set(['source', 'sources', 'statement', 'media', 'positions', 'position', 'officer', 'officers', 'offensive', 'operations', 'operation', 'base', 'bases', 'vehicles', 'convoy', 'checkpoint', 'headquarters', 'leadership', 'council', 'camp', 'court', 'tribunal', 'television', 'tv', 'radio', 'agency', 'news', 'newspaper', 'ministry', 'figures', 'control', 'territory', 'areas', 'area', 'held', 'controlled']);

// the people who speak or negotiate for a party ("government negotiators", "junta officials")
const SPEAKERS = new Set(['negotiators', 'negotiator', 'officials', 'official', 'delegation', 'delegates', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'envoys', 'representatives', 'ministers', 'leaders', 'mediators']);

export interface DescriptionRole {
  heads: string[];
  kinds: string[];
  nameWords: string[];
  /** Heads that make a node of their own when the article names no party of the role. */
  node?: string[];
}

export interface Descriptions {
  roles: Record<string, DescriptionRole>;
  pattern: RegExp;
  /** The heads' last words: a sentence without one describes no party (a cheap test first). */
  maybe: RegExp;
  /** Lower-case head → role. */
  roleOf: Map<string, string>;
  modifierSide: Map<string, string>;
}

export interface DescriptionHit {
  start: number;
  end: number;
  text: string;
  role: string;
  head: string;
  /** Country entry id the description belongs to ("the Sudanese army" → country:sd), if said. */
  country?: string;
}

let cached: Descriptions | undefined;
const SUBJECT_PLACE = /(?:^|[,;:—–]|\b(?:by|which|whom|and|but|that|while|when|after|before|as|since|because|although|though|until|where|then|now|also|later|eventually|finally|yet))\s*$/i;
// "government-held", "rebel-controlled": a description used as a prefix
const PREFIX_USE = '(?:held|controlled|backed|run|led|allied|aligned|supported|occupied|besieged)\\b';
// each word may start with a capital (a headline's "Government Forces"); the rest is as written
const word = (w: string) => w.replace(/(^|[\s-])(\p{Ll})/gu, (_all, sep: string, c: string) => `${sep}[${c}${c.toUpperCase()}]`);
const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => word(w).replace(/-/g, '[- ]').replace(/\s+/g, '\\s+')).join('|');

export function loadDescriptions(): Descriptions {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(join(DEFAULT_LEXICON_DIR, 'descriptions.json'), 'utf8'));
  const roleOf = new Map<string, string>();
  for (const [role, r] of Object.entries<DescriptionRole>(raw.roles)) for (const h of r.heads) if (!roleOf.has(h)) roleOf.set(h, role);
  const modifierSide = new Map<string, string>();
  for (const [side, words] of Object.entries<string[]>(raw.modifiers)) for (const w of words) modifierSide.set(w, side);
  const heads = alt([...roleOf.keys()]);
  const mods = alt([...modifierSide.keys()]);
  // [the | X's] (modifier | Capitalised word)* head [of X]
  const source = `(?<![\\p{L}-])(?:(?<det>${alt(raw.articles)})\\s+|(?<owner>\\p{Lu}[\\p{L}.-]+(?:\\s+\\p{Lu}[\\p{L}.-]+)?)['’]s\\s+)?`
    + `(?<mods>(?:(?:${mods}|\\p{Lu}[\\p{L}-]+)\\s+){0,3})(?<head>${heads})(?![\\p{L}]|-(?!${PREFIX_USE}))(?:\\s+of\\s+(?<of>\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?))?`;
  const lastWords = [...new Set([...roleOf.keys()].map((h) => h.split(/[\s-]+/).pop()!))];
  cached = { roles: raw.roles, pattern: new RegExp(source, 'gu'), maybe: new RegExp(`(?:${lastWords.join('|')})(?![\\p{L}])`, 'iu'), roleOf, modifierSide };
  return cached;
}

const countryNames = new WeakMap<Lexicon, Map<string, string>>();

/** A country named by a demonym, a country name or an acting capital, as its entry id. */
function countryOf(word: string, lexicon: Lexicon): string | undefined {
  const demonym = lexicon.demonyms.get(word.toLowerCase());
  if (demonym) return demonym;
  let names = countryNames.get(lexicon);
  if (!names) {
    names = new Map();
    for (const id of lexicon.countries.values()) for (const a of [lexicon.entries.get(id)!.label, ...lexicon.entries.get(id)!.aliases]) if (!names.has(a)) names.set(a, id);
    countryNames.set(lexicon, names);
  }
  return names.get(word);
}

/**
 * Descriptions in one sentence (offsets into the article).
 * @param theatre the article's theatre country code.
 */
export function findDescriptions(text: string, base: number, lexicon: Lexicon, theatre: string): DescriptionHit[] {
  const d = loadDescriptions();
  const theatreId = lexicon.countries.get(theatre);
  const cues = loadCues();
  const hits: DescriptionHit[] = [];
  if (!d.maybe.test(text)) return hits;
  d.pattern.lastIndex = 0;
  for (const m of allMatches(d.pattern, text)) {
    const g = m.groups!;
    const head = g.head.toLowerCase().replace(/\s+/g, ' ');
    const role = d.roleOf.get(head) ?? d.roleOf.get(head.replace(/-/g, ' '));
    if (!role) continue;
    const afterMatch = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    // "the main government-held city": a prefix is the head alone, whatever stands before it
    if (new RegExp(`^-${PREFIX_USE}`).test(afterMatch) && !g.of && (g.det || g.owner || g.mods)) {
      const at = m.index! + m[0].length - g.head.length;
      if (role !== 'place') hits.push({ start: base + at, end: base + at + g.head.length, text: g.head, role, head });
      continue;
    }
    const words = (g.mods ?? '').trim().split(/\s+/).filter(Boolean);
    // capitalised words before the head must be a country ("the Sudanese army"), not a name ("the Assad regime")
    let country: string | undefined;
    let named = false;
    let placeWord = false;
    for (const w of words) {
      const side = d.modifierSide.get(w.toLowerCase());
      if (side === 'place') placeWord = true;
      if (side) continue;
      const c = countryOf(w, lexicon);
      if (c) country = c;
      else named = true;
    }
    if (g.owner) {
      const c = countryOf(g.owner, lexicon);
      if (!c) continue; // "Haftar's army": the owner's own forces, read by the chunker
      country = c;
    }
    if (g.of) {
      const c = countryOf(g.of, lexicon);
      if (!c) continue; // "the government of Fayez al-Sarraj"
      country = c;
    }
    // "the southern city" is a place; "the southern rebels" is no description of ours
    if (named || (placeWord && role !== 'place')) continue;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    // "the paramilitary Rapid Support Forces", "the army chief Burhan": a descriptor of a name
    if (/^\s+\p{Lu}/u.test(after) && !g.of) continue;
    // "military general Khalifa Haftar", "government spokesman", "army chief": a modifier of another noun
    const nextWord = /^\s+([\p{Ll}-]+)/u.exec(after)?.[1];
    // "under government control", "in government hands": the state holds it
    const holding = (nextWord === 'control' || nextWord === 'hands') && /\b(?:under|in)\s+(?:firm\s+|full\s+|firmly\s+)?$/i.test(text.slice(Math.max(0, m.index! - 16), m.index!));
    if (nextWord && !holding && (cues.titles.has(nextWord) || NOUN_AFTER.has(nextWord))) continue;
    if (role === 'place' && (/^\s+of\b/.test(after) || !g.det)) continue;
    const prefixed = new RegExp(`^-${PREFIX_USE}`).test(after);
    // "government negotiators", "junta officials": the party's own people stand for it
    const people = role === 'state' && /^(?:government|junta|regime)$/.test(head) && nextWord !== undefined && SPEAKERS.has(nextWord);
    const definite = Boolean(g.det || g.owner || g.of || words.length || head.includes(' ') || prefixed || holding || people);
    if (!definite) continue;
    if (country && country !== theatreId && role !== 'place') continue; // "Russian troops" is Russia
    // "the two sides signed it", "…, and both parties welcomed it": the sides as a subject only
    // ("called for both sides to lay down their arms" is a call, "talks with both sides" no fact)
    if (role === 'sides' && !SUBJECT_PLACE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const start = base + m.index!;
    hits.push({ start, end: start + m[0].length, text: m[0], role, head, ...(country ? { country } : {}) });
  }
  return hits;
}
