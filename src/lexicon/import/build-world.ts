// world.json from Phoenix.MilNonState.actors.txt plus world.manual.json: armed groups and
// forces with their usual names and home country. Names, types and homes only — never who
// backs whom. Hand entries win: a dictionary group that shares a name with one is merged
// into it, and a name two entries share is dropped from the dictionary's side.
import { foldText } from '../../text/normalize-name.ts';
import { aliasKey, aliasProblem, isGenericPhrase } from '../alias-problem.ts';
import { cameoCountry } from './cameo-country.ts';
import { dictionaryName } from './dictionary-name.ts';
import type { ActorRecord } from './parse-actor-dictionary.ts';

export type WorldKind = 'armed-group' | 'government' | 'military' | 'legislature' | 'organisation' | 'coalition';

export interface WorldEntry {
  id: string;
  label: string;
  kind: WorldKind;
  /** ISO alpha-2 of the group's home; "" for an international body with none. */
  country: string;
  aliases: string[];
}

export interface WorldManual {
  /** Hand entries; `phoenix` names dictionary entries folded into this one. */
  entities: (WorldEntry & { phoenix?: string[] })[];
  /** Home country of dictionary entries whose code names none ("IMGMUSALQ"), or null to leave one out. */
  homes: Record<string, string | null>;
  /** Names more than one entry (or an actors.json entry) may carry. */
  ambiguous: string[];
}

export interface Dropped { name: string; reason: string }

/** A title that makes a dictionary name a person's, not the group's. */
const PERSON = /^(sheikh?|sayy?[ie]d|seyyed|emir|amir|commander|mullah|maulana|dr|mr|imam|abu|ayatollah|general|colonel)\b/i;

/** A name that reads as a date or a number ("21 June", "May 15", "313"): it would match dates in every article. */
const DATE = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b|^[\d\s-]+$/i;

const idOf = (label: string): string => foldText(label).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');

/** Names and bracketed acronyms of a dictionary entry, in press spelling, fit to be aliases. */
function namesOf(record: ActorRecord): string[] {
  const out: string[] = [];
  for (const raw of [record.name, ...record.aliases]) {
    const { name, acronym } = dictionaryName(raw, true);
    const bare = name.replace(/^the\s+/i, '');
    if (PERSON.test(bare) || DATE.test(bare)) continue; // leaders listed as a group's names: "Sheikh Hassan Nasrallah" 
    if (!aliasProblem(bare) && !isGenericPhrase(bare) && bare.length <= 70) out.push(bare);
    if (acronym && !aliasProblem(acronym)) out.push(acronym);
  }
  return [...new Map(out.map((a) => [aliasKey(a), a])).values()];
}

/** Drops from dictionary entries every alias another entry (or `reserved`) also has. */
function dropShared(entries: WorldEntry[], generated: Set<WorldEntry>, reserved: Set<string>, ambiguous: Set<string>): void {
  const owners = new Map<string, number>();
  for (const e of entries) for (const a of new Set(e.aliases.map(aliasKey))) owners.set(a, (owners.get(a) ?? 0) + 1);
  for (const e of generated) {
    e.aliases = e.aliases.filter((a) => ambiguous.has(aliasKey(a)) || ((owners.get(aliasKey(a)) ?? 0) < 2 && !reserved.has(aliasKey(a))));
  }
}

/**
 * Converts the dictionary's groups and merges the hand entries.
 * @example buildWorld(parseActorDictionary(text), manual, new Set()).entities[0].country // → 'LB'
 */
export function buildWorld(records: ActorRecord[], manual: WorldManual, reserved: Set<string>): { entities: WorldEntry[]; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const hand = manual.entities.map(({ phoenix, ...e }) => ({ entry: { ...e, aliases: [...new Set([e.label, ...e.aliases])] }, phoenix: new Set(phoenix ?? []) }));
  const byAlias = new Map<string, WorldEntry>();
  for (const { entry } of hand) for (const a of [entry.label, ...entry.aliases]) byAlias.set(aliasKey(a), entry);
  const generated = new Set<WorldEntry>();
  for (const r of records) {
    const names = namesOf(r);
    // a group a hand entry names or shares a name with is that entry: hand aliases are curated, so the
    // dictionary's (which mix in leaders, fronts and charities: "Nasrallah", "al-Aqsa Foundation") are not added
    if (hand.some((h) => h.phoenix.has(r.name)) || names.some((n) => byAlias.has(aliasKey(n)))) continue;
    const home = r.name in manual.homes ? manual.homes[r.name] : cameoCountry(r.codes[0]?.code ?? '');
    if (home === null) { dropped.push({ name: r.name, reason: 'left out in world.manual.json' }); continue; }
    if (!home) { dropped.push({ name: r.name, reason: `no home country in code ${r.codes[0]?.code ?? '(none)'}` }); continue; }
    if (!names.length) { dropped.push({ name: r.name, reason: 'generic words only' }); continue; }
    const entry: WorldEntry = { id: idOf(names[0]), label: names[0], kind: 'armed-group', country: home, aliases: names };
    generated.add(entry);
  }
  const entities = [...hand.map((h) => h.entry), ...[...generated].sort((a, b) => a.label.localeCompare(b.label))];
  dropShared(entities, generated, reserved, new Set(manual.ambiguous.map(aliasKey)));
  const ids = new Set<string>();
  const kept = entities.filter((e) => {
    if (!e.aliases.length || ids.has(e.id)) {
      dropped.push({ name: e.label, reason: e.aliases.length ? `duplicate id ${e.id}` : 'every name shared with another entry' });
      return false;
    }
    ids.add(e.id);
    return true;
  });
  return { entities: kept, dropped };
}
