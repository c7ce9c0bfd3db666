// leaders.json from Phoenix.Countries and Phoenix.International plus leaders.manual.json:
// heads of state and government, foreign and defence ministers, commanders and officials
// of international organisations active since 2008, with their country. A surname becomes
// an alias only when it is distinctive (`surnameOk`): not a common word or surname, not
// shared by two people, and not from a country whose names the press does not shorten so.
import { foldText } from '../../text/normalize-name.ts';
import { skeletonKey } from '../../text/skeleton-key.ts';
import { aliasKey, aliasProblem } from '../alias-problem.ts';
import { leaderTerm, officialTerm, type LeaderRole, type TermRules } from './leader-term.ts';
import type { ActorRecord } from './parse-actor-dictionary.ts';
import { personNames } from './person-names.ts';
import type { Dropped } from './build-world.ts';

export interface Leader {
  id: string;
  label: string;
  aliases: string[];
  country: string;
  role: LeaderRole;
  org?: string;
  from?: string;
  to?: string;
  surname?: string;
  surnameOk: boolean;
}

export interface LeadersManual extends TermRules {
  /** Hand entries; one with the id or a full name of a converted person corrects it. */
  leaders: (Omit<Leader, 'surnameOk'> & { surnameOk?: boolean })[];
  /** Converted people to leave out, by id. */
  drop: string[];
  /** Countries whose family name comes first (Xi Jinping → Xi). */
  familyNameFirst: string[];
  /** Countries whose names have no surname the press uses alone (Min Aung Hlaing). */
  noSurname: string[];
  /** Surnames too common to name one person. */
  commonSurnames: string[];
  ambiguous: string[];
}

const idOf = (label: string): string => foldText(label).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');

/** The surname the press would use alone, from the label. */
function surnameOf(label: string, country: string, manual: LeadersManual): string | undefined {
  if (manual.noSurname.includes(country)) return undefined;
  const words = label.split(' ').filter((w) => !/^[A-Z]\.$/.test(w) && !/^(Jr\.?|Sr\.?|II|III)$/.test(w));
  const pick = manual.familyNameFirst.includes(country) ? words[0] : words.at(-1);
  // "Ban Ki-moon": a Korean given name last, not a surname
  if (!pick || /^[A-Z][a-z]+-[a-z]+$/.test(pick)) return undefined;
  return pick.replace(/^(al|el|ad|ar|ash|az)-/i, '');
}

/** Converts the dictionary people into leaders (unmerged). */
function convert(countries: ActorRecord[], international: ActorRecord[], manual: LeadersManual, dropped: Dropped[]): Leader[] {
  const out: Leader[] = [];
  const add = (r: ActorRecord, term: ReturnType<typeof leaderTerm>, names: ReturnType<typeof personNames>) => {
    if (!term || !names.full.length) return;
    const label = names.full[0];
    out.push({ id: idOf(label), label, aliases: names.full, ...term, surname: names.single[0], surnameOk: false });
  };
  for (const r of countries) {
    const names = personNames(r);
    add(r, leaderTerm(r, names, manual), names);
  }
  for (const r of international) {
    if (/(COMMISSION|COUNCIL|AGENCY|ORGANI[SZ]ATION|FUND|PROGRAM|COURT|BANK|FORCE|MISSION|OFFICE|PANEL|COMMITTEE|PEACEKEEPER|UNIT|INITIATIVE|ASSEMBLY|PARLIAMENT|UNION|TRIBUNAL)/.test(r.name)) continue;
    const names = personNames(r);
    add(r, officialTerm(r, manual), names);
  }
  dropped.push(...out.filter((l) => manual.drop.includes(l.id)).map((l) => ({ name: l.label, reason: 'left out in leaders.manual.json' })));
  return out.filter((l) => !manual.drop.includes(l.id));
}

/** One entry per person: the same id, or a shared full name, merges (hand entries win). */
function merge(people: Leader[]): Leader[] {
  const byKey = new Map<string, Leader>();
  const out: Leader[] = [];
  for (const p of people) {
    const keys = [p.id, ...p.aliases.map(aliasKey)];
    const into = keys.map((k) => byKey.get(k)).find(Boolean);
    if (into) {
      Object.assign(into, { ...p, ...into, aliases: [...new Set([...into.aliases, ...p.aliases])] });
    } else out.push(p);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, into ?? p);
  }
  return out;
}

/**
 * @example buildLeaders(countries, international, manual, reserved).leaders.find((l) => l.id === 'vladimir_putin')?.surnameOk // → true
 */
export function buildLeaders(countries: ActorRecord[], international: ActorRecord[], manual: LeadersManual, reserved: Set<string>, places: Set<string> = new Set()): { leaders: Leader[]; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const hand: Leader[] = manual.leaders.map((l) => ({ surnameOk: true, ...l, aliases: [l.label, ...l.aliases.filter((a) => a !== l.label)] }));
  const handIds = new Set(hand.map((l) => l.id));
  // hand entries first so that they win the merge; they keep their own flags
  const leaders = merge([...hand, ...convert(countries, international, manual, dropped)]);
  const ambiguous = new Set(manual.ambiguous.map(aliasKey));
  const common = new Set(manual.commonSurnames.map((s) => s.toLowerCase()));
  const owners = new Map<string, number>();
  for (const l of leaders) {
    l.surname = handIds.has(l.id) ? l.surname ?? surnameOf(l.label, l.country, manual) : surnameOf(l.label, l.country, manual);
    for (const k of new Set([...l.aliases.map(aliasKey), ...(l.surname ? [aliasKey(l.surname)] : [])])) owners.set(k, (owners.get(k) ?? 0) + 1);
  }
  const free = (k: string) => ambiguous.has(k) || ((owners.get(k) ?? 0) < 2 && !reserved.has(k));
  for (const l of leaders) {
    const hand = handIds.has(l.id);
    l.aliases = l.aliases.filter((a) => !aliasProblem(a) && (hand || (free(aliasKey(a)) && (/\s/.test(a) || !places.has(skeletonKey(a))))));
    const s = l.surname;
    // a surname that sounds like a town ("Kocharyan" ~ Gharyan, "Barak" ~ Brega) would take the town's mentions
    const distinctive = !!s && s.length >= 4 && !aliasProblem(s) && !common.has(s.toLowerCase()) && free(aliasKey(s)) && !places.has(skeletonKey(s));
    // hand entries are curated: their surname stands unless they say surnameOk: false
    l.surnameOk = hand ? (manual.leaders.find((m) => m.id === l.id)?.surnameOk ?? (!!s && !aliasProblem(s))) : distinctive;
    if (l.surnameOk && s && !l.aliases.includes(s)) l.aliases.push(s);
  }
  const kept = leaders.filter((l) => l.aliases.length || !dropped.push({ name: l.label, reason: 'every name shared with another entry' }));
  return { leaders: kept.sort((a, b) => a.country.localeCompare(b.country) || a.label.localeCompare(b.label)), dropped };
}
