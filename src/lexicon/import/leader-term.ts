// Which dictionary people are leaders worth knowing, in which role and years: heads of
// state and government (the CountryInfo convention marks them with an ELI code around the
// GOV term, or a title says so), foreign and defence ministers (GOVMIL, "Foreign Minister"),
// commanders (MIL), and officials of the organisations named in leaders.manual.json —
// each only when a term runs into 2008 or later.
import { cameoCountry } from './cameo-country.ts';
import type { ActorCode, ActorRecord } from './parse-actor-dictionary.ts';
import type { PersonNames } from './person-names.ts';

export type LeaderRole = 'head-of-state' | 'head-of-government' | 'foreign-minister' | 'defence-minister' | 'commander' | 'official';

export interface LeaderTerm {
  role: LeaderRole;
  country: string;
  org?: string;
  from?: string;
  to?: string;
}

export interface TermRules {
  /** Countries whose leader with no title is the head of government (a ceremonial head of state). */
  parliamentary: string[];
  /** Code prefix of an organisation → its lexicon id ("IGOUNO" → "un"). */
  organisations: Record<string, string>;
}

const SINCE = '2008';
const active = (c: ActorCode): boolean => (c.to ? c.to >= SINCE : !!c.from);
const year = (d?: string): string | undefined => d?.slice(0, 4);

/** Years of a role from its active codes; an open term has no `to`. */
function years(codes: ActorCode[]): { from?: string; to?: string } {
  const froms = codes.map((c) => c.from).filter(Boolean).sort();
  const open = codes.some((c) => !c.to);
  const tos = codes.map((c) => c.to).filter(Boolean).sort();
  return { from: year(froms[0]), to: open ? undefined : year(tos.at(-1)) };
}

const suffix = (c: ActorCode): string => c.code.slice(3);

/** The head role: a title first, else the country's system. */
function headRole(hints: Set<string>, country: string, rules: TermRules): LeaderRole {
  if (hints.has('head-of-state') && !hints.has('head-of-government')) return 'head-of-state';
  if (hints.has('head-of-government') && !hints.has('head-of-state')) return 'head-of-government';
  return rules.parliamentary.includes(country) ? 'head-of-government' : 'head-of-state';
}

/**
 * The leader term of a person of Phoenix.Countries, or undefined when they are no leader since 2008.
 * @example leaderTerm(putin, names, rules) // → { role: 'head-of-state', country: 'RU', from: '1999' }
 */
export function leaderTerm(record: ActorRecord, names: PersonNames, rules: TermRules): LeaderTerm | undefined {
  const dated = record.codes.filter((c) => cameoCountry(c.code) && active(c));
  const gov = dated.filter((c) => suffix(c) === 'GOV');
  const country = cameoCountry((gov[0] ?? dated[0])?.code ?? '');
  if (!country) return undefined;
  const elite = record.codes.some((c) => suffix(c) === 'ELI');
  const notes = record.notes.join(' ');
  const section = record.section ?? '';
  // "# White House Chiefs of Staff", "# US National Security Advisors": not leaders
  if (/chiefs? of staff|security advis|ambassador|vice.?president|attorney|director|secretar(y|ies) of (?!state|defen)/i.test(section)) return undefined;
  if (/secretar(y|ies) of defen[cs]e|defen[cs]e minister/i.test(section) && dated.some((c) => suffix(c).startsWith('GOV'))) {
    return { role: 'defence-minister', country, ...years(dated.filter((c) => suffix(c).startsWith('GOV'))) };
  }
  if (/secretar(y|ies) of state|foreign minister/i.test(section) && gov.length) return { role: 'foreign-minister', country, ...years(gov) };
  const foreign = names.hints.has('foreign-minister') || /foreign minister|secretary of state|foreign secretary/i.test(notes);
  const head = names.hints.has('head-of-state') || names.hints.has('head-of-government') || /prime minister|president/i.test(notes);
  if (gov.length && foreign && !/prime minister|president/i.test(notes)) return { role: 'foreign-minister', country, ...years(gov) };
  if (gov.length && (elite || head)) return { role: headRole(names.hints, country, rules), country, ...years(gov) };
  const defence = dated.filter((c) => suffix(c) === 'GOVMIL');
  if (defence.length) return { role: 'defence-minister', country, ...years(defence) };
  const military = dated.filter((c) => suffix(c) === 'MIL');
  if (military.length) return { role: 'commander', country, ...years(military) };
  return undefined;
}

/**
 * The term of an official of Phoenix.International in one of the organisations of `rules`.
 * @example officialTerm(banKiMoon, rules) // → { role: 'official', country: '', org: 'un', from: '2007' }
 */
export function officialTerm(record: ActorRecord, rules: TermRules): LeaderTerm | undefined {
  const prefixes = Object.keys(rules.organisations).sort((a, b) => b.length - a.length);
  for (const c of record.codes.filter(active)) {
    const prefix = prefixes.find((p) => c.code.startsWith(p));
    if (prefix) return { role: 'official', country: '', org: rules.organisations[prefix], ...years([c]) };
  }
  return undefined;
}
