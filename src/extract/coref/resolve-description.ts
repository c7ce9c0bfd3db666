// Whom a description means. "the army", "the government", "the regime": the theatre's
// state side the article named last (a government is one node with its army), else the
// theatre's one known military in the lexicon, else the theatre country itself, one node
// with its government ("Government of Yemen"; see `stateSide`). "the rebels", "the
// paramilitaries", "the group": the armed group named last, else, for rebels, insurgents
// or separatists, a node of their own ("Syrian rebels"). "the city", "the base": the place
// named last. "the two sides": the two parties the article has named most (`warringSides`).
import type { LexEntry, Lexicon } from '../../lexicon/lexicon-types.ts';
import { slugify } from '../../text/slugify.ts';
import type { ArticleEntity, Mention } from '../pipeline-types.ts';
import { loadDescriptions, type DescriptionRole } from '../mentions/find-descriptions.ts';

export interface DescriptionTarget {
  key: string;
  init: () => ArticleEntity;
  /** Other entities the description means at once ("the two sides"). */
  partners?: string[];
}

interface Context {
  lexicon: Lexicon;
  theatre: string;
  entities: Map<string, ArticleEntity>;
}

const BASE_HEADS = new Set(['base', 'air base', 'airbase', 'airport']);
const TOWN_HEADS = new Set(['town', 'city', 'village', 'port city']);
const GOVERNMENT_HEADS = /^(?:government|regime|junta|administration|authorities|cabinet|presidency|federal government|central government|transitional government|interim government|de facto authorities|state|military government|military regime|military junta|ruling junta|ruling council)$/;

const wordRegex = new Map<string, RegExp>();
function nameHas(e: { label: string; aliases: string[] }, words: string[]): boolean {
  const names = [e.label, ...e.aliases].map((n) => n.toLowerCase());
  return words.some((w) => {
    let regex = wordRegex.get(w);
    if (!regex) wordRegex.set(w, (regex = new RegExp(`(?:^|[^a-z])${w}(?:$|[^a-z])`)));
    return names.some((n) => regex.test(n));
  });
}

/** Does the entity of mention `c` fit the role? */
function fits(c: Mention, role: string, spec: DescriptionRole, ctx: Context, head: string): boolean {
  const e = c.entity ? ctx.entities.get(c.entity) : undefined;
  if (!e || c.source === 'pronoun' || c.source === 'description' || e.kind === 'untyped') return false;
  // "the town" is a town of the war, not the venue abroad ("talks in Kunming")
  // "the town" is a town, not the province named last
  if (role === 'place') return e.type === 'city' && (BASE_HEADS.has(head) ? e.kind === 'base' : TOWN_HEADS.has(head) ? e.kind !== 'region' : true) && (!c.country || c.country === ctx.theatre);
  if (e.type === 'city' || e.type === 'proposal' || e.kind === 'person') return false;
  const entry = e.id ? ctx.lexicon.entries.get(e.id) : undefined;
  const theatreId = ctx.lexicon.countries.get(ctx.theatre);
  if (role === 'state') {
    if (e.id === theatreId) return false; // the country is the setting; its government is a party of its own
    if (entry && entry.country && entry.country !== ctx.theatre) return false;
    if (e.type !== 'actor') return false;
    if (spec.kinds.includes(e.kind)) return true;
    // a name that only sounds like a state ("Interim Government of Ambazonia") is the
    // theatre's state only when it names no other land than the theatre's
    const country = theatreId ? ctx.lexicon.entries.get(theatreId) : undefined;
    const ofLand = /\bof\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)\s*$/u.exec(e.label)?.[1];
    if (!entry && ofLand && !(country && [country.label, ...country.aliases].includes(ofLand))) return false;
    return e.kind !== 'armed-group' && nameHas(e, spec.nameWords);
  }
  if (e.kind === 'state' || e.kind === 'government' || e.kind === 'military') return false;
  if (role === 'coalition') return nameHas(e, spec.nameWords);
  return spec.kinds.includes(e.kind) || (e.kind === 'organisation' && (spec.nameWords.length === 0 || nameHas(e, spec.nameWords)));
}

/**
 * The theatre's one known military ("the army", "the government", "government troops":
 * one node with its state). A known government entry is never taken unnamed: which
 * government it is depends on the year (a known one may be the other side's, as the
 * Taliban's emirate).
 */
function knownMilitary(lexicon: Lexicon, country: LexEntry, countryId: string): LexEntry | undefined {
  let byCountry = armies.get(lexicon);
  if (!byCountry) armies.set(lexicon, (byCountry = new Map()));
  if (!byCountry.has(countryId)) {
    const ofKind = [...lexicon.entries.values()].filter((e) => e.country === country.country && e.id !== countryId && e.kind === 'military');
    byCountry.set(countryId, ofKind.length === 1 ? ofKind[0] : undefined);
  }
  return byCountry.get(countryId);
}

const armies = new WeakMap<Lexicon, Map<string, LexEntry | undefined>>();

/**
 * A theatre's army: one node with its government, known by both names and labelled as the
 * article first calls it ("the government" → "Government of Syria", "the army" → "Syrian Arab Army").
 */
function entityOf(entry: LexEntry, stateNames: string[], asGovernment: boolean): ArticleEntity {
  const label = asGovernment ? stateNames[0] : entry.label;
  const aliases = [...new Set([...stateNames, entry.label])].filter((a) => a !== label);
  return { key: entry.id, id: entry.id, label, type: 'actor', kind: entry.kind, aliases, mentions: 0, lat: entry.lat, lon: entry.lon };
}

/** Each country's first demonym, per lexicon (a scan of every demonym per description cost more than resolving it). */
const demonyms = new WeakMap<Lexicon, Map<string, string>>();
function demonymOf(lexicon: Lexicon, countryId: string): string | undefined {
  let byCountry = demonyms.get(lexicon);
  if (!byCountry) {
    byCountry = new Map();
    for (const [word, id] of lexicon.demonyms) if (!byCountry.has(id)) byCountry.set(id, word);
    demonyms.set(lexicon, byCountry);
  }
  return byCountry.get(countryId);
}
const capitalised = (w: string) => w.replace(/(^|[\s-])(\p{Ll})/gu, (_a, s: string, c: string) => s + c.toUpperCase());

/**
 * The theatre's state side. Described ("the army", "the government"): its one known
 * military, labelled as the article first calls it ("the government" → "Government of
 * Syria", "the army" → "Syrian Arab Army"). Without a known military, and whenever the
 * country itself acts in its own war ("Nigeria retook Gwoza", "Russia backs Syria"), the
 * country: one node with its government, known by the government's names.
 */
export function stateSide(lexicon: Lexicon, countryId: string, m: Mention, calledAs: 'government' | 'army' | 'country'): DescriptionTarget {
  const country = lexicon.entries.get(countryId)!;
  const label = `Government of ${country.label}`;
  const demonym = demonymOf(lexicon, countryId);
  const governmentNames = [label, ...(demonym ? [`${capitalised(demonym)} government`] : [])];
  const military = calledAs === 'country' ? undefined : knownMilitary(lexicon, country, countryId);
  if (military) return { key: military.id, init: () => entityOf(military, [...governmentNames, m.text], calledAs === 'government') };
  const first = calledAs === 'country' ? country.label : label;
  const aliases = [...new Set([...(calledAs === 'country' ? [] : [m.text]), country.label, ...governmentNames])].filter((a) => a !== first);
  return { key: countryId, init: () => ({ key: countryId, id: countryId, label: first, type: 'actor', kind: 'state', aliases, mentions: 0, lat: country.lat, lon: country.lon }) };
}

/**
 * @param index the description's position in `mentions`; earlier mentions carry their entities.
 * @example resolveDescription(mentions, 7, { lexicon, theatre: 'SD', entities })?.key // → 'saf'
 */
export function resolveDescription(mentions: Mention[], index: number, ctx: Context): DescriptionTarget | undefined {
  const m = mentions[index];
  const role = m.role!;
  const spec = loadDescriptions().roles[role];
  if (!spec) return undefined;
  const { lexicon } = ctx;
  if (role === 'sides') return warringSides(mentions, index, ctx);
  const countryId = lexicon.countries.get(m.country ?? ctx.theatre);
  const country = countryId ? lexicon.entries.get(countryId) : undefined;
  // the party of that role the article has named most, a party inside the war before a
  // foreign one, the latest on a tie ("the rebels" after "HTS, a former al-Qaeda affiliate" is HTS)
  let best: { key: string; score: number } | undefined;
  // a party named like a state ("Ambazonia Governing Council") is no match for "the army"
  // when the lexicon knows the theatre's army
  const military = role === 'state' && country ? knownMilitary(lexicon, country, countryId!) : undefined;
  for (let j = index - 1; j >= 0; j--) {
    const c = mentions[j];
    if (!fits(c, role, spec, ctx, m.head ?? '')) continue;
    const e = ctx.entities.get(c.entity!)!;
    if (military && !spec.kinds.includes(e.kind) && c.entity !== military.id) continue;
    const score = (role === 'place' ? 0 : (e.type === 'actor' ? 1000 : 0) + e.mentions * 10) - (index - j) / 1000;
    if (!best || score > best.score) best = { key: c.entity!, score };
    if (role === 'place') break;
  }
  if (best) {
    const key = best.key;
    return { key, init: () => ctx.entities.get(key)! };
  }
  if (role === 'state' && country) return stateSide(lexicon, countryId!, m, GOVERNMENT_HEADS.test(m.head ?? '') || /\bgovernment\b/i.test(m.text) ? 'government' : 'army');
  if ((role === 'armed' || role === 'opposition') && spec.node?.includes(m.head ?? '') && country) {
    const demonym = demonymOf(lexicon, countryId!);
    const noun = role === 'armed' ? (m.head!.split(' ').pop() === 'forces' || m.head!.split(' ').pop() === 'fighters' ? 'rebels' : m.head!.split(' ').pop()!) : 'opposition';
    const label = `${demonym ? capitalised(demonym) : country.label} ${noun}`;
    const key = `described:${role}:${slugify(label)}`;
    return { key, init: () => ({ key, label, type: 'actor', kind: 'armed-group', aliases: [m.text], mentions: 0 }) };
  }
  return undefined;
}

/**
 * "the two sides", "both parties", "the warring parties": the two parties inside the war the
 * article has named most so far, else in all (a leader who speaks for one of them is not a side of his own).
 */
function warringSides(mentions: Mention[], index: number, ctx: Context): DescriptionTarget | undefined {
  // (named later when the article opens with them: "the two rival factions signed a ceasefire … between the GNA and the LNA")
  return sidesAmong(mentions, index, ctx, false) ?? sidesAmong(mentions, mentions.length, ctx, true);
}

/** @param anyPhrase count parties after a preposition too ("talks between the GNA and the LNA"), but for a state as the setting. */
function sidesAmong(mentions: Mention[], index: number, ctx: Context, anyPhrase: boolean): DescriptionTarget | undefined {
  const count = new Map<string, number>();
  for (let j = 0; j < index; j++) {
    const c = mentions[j];
    const e = c.entity ? ctx.entities.get(c.entity) : undefined;
    // ("the war in Sudan": the setting is no side)
    if (!e || e.type !== 'actor' || e.kind === 'untyped' || c.source === 'pronoun' || (c.afterPreposition && (!anyPhrase || e.kind === 'state'))) continue;
    if (e.kind === 'person' && (e.affiliation || (e.id && ctx.lexicon.entries.get(e.id)?.affiliation))) continue;
    count.set(e.key, (count.get(e.key) ?? 0) + 1);
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2 || (ranked.length > 2 && ranked[1][1] === ranked[2][1])) return undefined;
  const [first, second] = [ranked[0][0], ranked[1][0]];
  return { key: first, init: () => ctx.entities.get(first)!, partners: [second] };
}
