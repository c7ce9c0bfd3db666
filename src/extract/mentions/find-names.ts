// Finds proper names the lexicon does not know (a new spokesman, a new town, a new
// militia) and types them from their context: a title before a name makes a person
// ("spokesman Mohamad Gnounou"), "the towns of" or "airbase" a place, an organisation
// head word ("Brigade", "Council") an organisation, the city gazetteer a city.
import type { NodeType } from '../../types.ts';
import type { CityGazetteer } from '../../lexicon/city-gazetteer.ts';
import { createRequire } from 'node:module';
import { loadCues } from './load-cues.ts';
import { allMatches } from '../../text/all-matches.ts';

export interface NameHit {
  start: number;
  end: number;
  text: string;
  type?: NodeType;
  kind?: string;
  /** How the type was decided (for tracing). */
  cue?: string;
  lat?: number;
  lon?: number;
  /** Country code of a town the gazetteer knows. */
  country?: string;
  /** A lone word opening the sentence: a town once the theatre is known ("Hama fell"), else nothing. */
  openingWord?: true;
}

const WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.]*(?:-[\\p{L}\\p{M}]+)*";
const LINK = '(?:al|el|bin|ibn|abu|de|du|da|von|van|der|of|ul|bint)';
const RUN = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:(?:al|el)[- ])?${WORD}(?:(?: |-)(?:${LINK}[ -])?${WORD})*`, 'gu');
const SPEECH = /^,?\s+(?:said|says|told|added|stressed|noted|stated|explained|confirmed|announced|warned|insisted|claimed|urged|wrote|tweeted)\b/i;
const APPOSITION_TITLE = /^,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?(spokesman|spokeswoman|spokesperson|commander|minister|president|head|chief|leader|envoy|adviser|advisor|speaker|ambassador|official|deputy|secretary|director|chairman)\b/iu;

let countryNames: Set<string> | undefined;
const isCountry = (name: string) => {
  countryNames ??= new Set((createRequire(import.meta.url)('world-countries') as Array<{ name: { common: string } }>).map((c) => c.name.common));
  return countryNames.has(name);
};
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/;

function trimRun(text: string, start: number, notNames: Set<string>): { text: string; start: number } {
  let t = text.replace(/[’']s$/u, '').replace(/[.,]$/u, '');
  let s = start;
  for (;;) {
    const first = /^([\p{L}.]+)[ -]/u.exec(t);
    if (!first || !notNames.has(first[1])) break;
    // "Western Tigray", "North Kivu", "South Sudan": a compass word names a region with what follows
    // ("Western Libya" is Libya: a compass word before a country only qualifies it)
    if (COMPASS.test(first[1]) && /^[\p{L}.]+[ -]\p{Lu}[\p{L}]+$/u.test(t) && !isCountry(t.slice(first[0].length))) break;
    t = t.slice(first[0].length);
    s += first[0].length;
  }
  // a run cut after its title ("Minister of Foreign Affairs") does not start with "of"
  const link = /^(?:of|the|and)\s+/i.exec(t);
  if (link) [t, s] = [t.slice(link[0].length), s + link[0].length];
  if (notNames.has(t)) return { text: '', start: s };
  return { text: t, start: s };
}

/** Types one name from the text around it. */
function typeName(name: string, before: string, after: string, gazetteer: CityGazetteer, theatre: string): Partial<NameHit> {
  const cues = loadCues();
  const words = name.split(/[\s-]+/);
  const last = words[words.length - 1].toLowerCase();
  if (words.some((w) => cues.mediaHeads.has(w.toLowerCase()))) return { cue: 'media' };
  const placeAfter = cues.placeAfter.exec(after);
  if (placeAfter) {
    const word = placeAfter[1].toLowerCase();
    const kind = word.includes('port') ? 'port' : /base|airport/.test(word) ? 'base' : /^(?:region|province|governorate|district)$/.test(word) ? 'region' : 'city';
    return { type: 'city', kind, cue: 'place-after' };
  }
  if (cues.placeBefore.test(before)) return { type: 'city', kind: 'city', cue: 'place-before' };
  if (cues.titleRegex.test(before)) return { type: 'actor', kind: 'person', cue: 'title' };
  if (cues.orgHeads.has(last) && words.length > 1) return { type: 'actor', kind: 'organisation', cue: 'org-head' };
  const city = gazetteer.lookup(name, theatre);
  if (city) return { type: 'city', kind: 'city', cue: 'gazetteer', lat: city.lat, lon: city.lon, country: city.country };
  if (words.length >= 2 && (APPOSITION_TITLE.test(after) || SPEECH.test(after))) return { type: 'actor', kind: 'person', cue: 'speech' };
  return {};
}

/**
 * Names in `text` (claimed spans already blanked), typed where the context allows.
 * Untyped names are returned too (type undefined) so list propagation can type them.
 */
export function findNames(text: string, base: number, gazetteer: CityGazetteer, theatre: string, sentenceStart: boolean[], commonStart: Set<number> = new Set()): NameHit[] {
  const cues = loadCues();
  const hits: NameHit[] = [];
  for (const run of allMatches(RUN, text)) {
    // "Galmudug's Mudug region": a possessive ends one name and starts another
    for (const piece of splitPossessives(run[0], run.index!)) {
      let { text: name, start } = trimRun(piece.text, piece.start, cues.notNames);
      // "Finance Minister Bezalel Smotrich": a title that opens the run is not the name
      const titled = leadingTitle(name, cues);
      if (titled) [name, start] = [name.slice(titled), start + titled];
      // "Residents of Cowsweyne": a common word opening the sentence is not part of the name
      const lead = /^[\p{L}'’.-]+\s+(?:(?:of|the|al|el)\s+)?/u.exec(name);
      if (commonStart.has(start) && lead) [name, start] = [name.slice(lead[0].length), start + lead[0].length];
      if (!name || name.length < 3) continue;
      if (/-(?:led|backed|based|aligned|allied|held|controlled|run|linked|affiliated|supported|sponsored)$/i.test(name)) continue; // "Islamist-led" is no name
      if (!/\p{Ll}/u.test(name) && name.length <= 5) continue; // acronyms are the lexicon's job
      const end = start + name.length;
      const atStart = sentenceStart[start] === true;
      const before = text.slice(Math.max(0, start - 60), start);
      const after = text.slice(end, end + 60);
      const typed = typeName(name, before, after, gazetteer, theatre);
      if (typed.cue === 'media') continue; // a news outlet reports, it is not a party
      // a lone capitalised word opening a sentence is a name only if the gazetteer knows it
      if ((atStart || commonStart.has(start)) && !name.includes(' ') && typed.cue !== 'gazetteer') {
        hits.push({ start: base + start, end: base + end, text: name, openingWord: true });
        continue;
      }
      hits.push({ start: base + start, end: base + end, text: name, ...typed });
    }
  }
  return hits;
}

/** Length of a title at the start of a run ("National Security Minister "), when a person's name follows. */
function leadingTitle(name: string, cues: ReturnType<typeof loadCues>): number {
  const words = name.split(' ');
  let cut = 0;
  for (let k = 0; k < Math.min(words.length - 1, 4); k++) if (cues.titles.has(words[k].toLowerCase())) cut = k + 1;
  if (!cut || cut >= words.length) return 0;
  const rest = words.slice(cut);
  // "General National Congress" is an organisation, not General "National Congress"
  if (cues.orgHeads.has(rest[rest.length - 1].toLowerCase()) || !/^\p{Lu}/u.test(rest[0])) return 0;
  return words.slice(0, cut).join(' ').length + 1;
}

const NAME_BREAK = /['’]s\s+|-(?:led|backed|based|aligned|allied|held|controlled|run|linked|affiliated|supported|sponsored)\s+/gi;

function splitPossessives(run: string, start: number): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let from = 0;
  // "Galmudug's Mudug region", "Government-held Uvira": a possessive or a prefix ends one name and starts another
  // (allMatches, not matchAll: matchAll clones the regex on every run of capitalised words)
  for (const m of allMatches(NAME_BREAK, run)) {
    const cut = m[0].startsWith('-') ? m.index! + m[0].trimEnd().length : m.index! + 2;
    out.push({ text: run.slice(from, cut), start: start + from });
    from = m.index! + m[0].length;
  }
  out.push({ text: run.slice(from), start: start + from });
  return out;
}
