// A person's names from a dictionary entry: titles and demonyms stripped ("RUSSIAN_PRESIDENT_
// VLADIMIR_PUTIN" → "Vladimir Putin", with the hint `president`), descriptions left out
// ("GORBACHEV_ADMINISTRATION"), and the surname the press uses alone.
import { dictionaryName } from './dictionary-name.ts';

/** Title words, longest first, and the role each one hints at. */
const TITLES: [string, string | undefined][] = [
  ['PRIME_MINISTER', 'head-of-government'], ['FOREIGN_MINISTER', 'foreign-minister'], ['SECRETARY_OF_STATE', 'foreign-minister'],
  ['FOREIGN_SECRETARY', 'foreign-minister'], ['DEFENSE_MINISTER', 'defence-minister'], ['DEFENCE_MINISTER', 'defence-minister'],
  ['SECRETARY_OF_DEFENSE', 'defence-minister'], ['DEFENSE_SECRETARY', 'defence-minister'], ['VICE_PRESIDENT', 'official'],
  ['VICE-PRESIDENT', 'official'], ['SECRETARY-GENERAL', 'official'], ['SECRETARY_GENERAL', 'official'], ['CROWN_PRINCE', 'official'],
  ['FIELD_MARSHAL', 'commander'], ['CHIEF_OF_STAFF', 'commander'], ['PRESIDENT', 'head-of-state'], ['PREMIER', 'head-of-government'],
  ['CHANCELLOR', 'head-of-government'], ['KING', 'head-of-state'], ['QUEEN', 'head-of-state'], ['EMIR', 'head-of-state'],
  ['AMIR', 'head-of-state'], ['SULTAN', 'head-of-state'], ['MINISTER', 'official'], ['GENERAL', 'commander'], ['GEN.', 'commander'],
  ['COLONEL', 'commander'], ['MARSHAL', 'commander'], ['COMMANDER', 'commander'], ['ENVOY', 'official'], ['CHAIRMAN', undefined],
  ['PRESIDENT-ELECT', 'head-of-state'], ['BUNDESKANZLER', 'head-of-government'], ['KANZLER', 'head-of-government'],
  ['GRAND_AYATOLLAH', undefined], ['AYATOLLAH', undefined], ['HOJATOLISLAM', undefined], ['SECRETARY', undefined], ['SENATOR', undefined],
  ['REPRESENTATIVE', undefined], ['AMBASSADOR', undefined], ['GOVERNOR', undefined], ['GOV.', undefined], ['DIRECTOR', undefined], ['MR', undefined],
  ['SHEIKH', undefined], ['PRINCE', undefined], ['LEADER', undefined], ['DR.', undefined], ['MR.', undefined], ['MRS.', undefined],
];
/** Words that make an alias a description rather than a name. */
const NOT_A_NAME = /(^|_)(ADMINISTRATION|GOVERNMENT|REGIME|CABINET|CAMP|SUPPORTERS?|FORCES|LOYALISTS|FAMILY|ERA|OFFICE|SPOKESMAN|AIDES?|CHIEF|WIFE|SON)(_|$)/;

export interface PersonNames {
  /** Full names, the entry's own first. */
  full: string[];
  /** Single names the dictionary gives ("PUTIN_"), candidates for the surname. */
  single: string[];
  /** Roles hinted by titles in the aliases. */
  hints: Set<string>;
}

/** "RUSSIAN_PRESIDENT_VLADIMIR_PUTIN" → ["VLADIMIR_PUTIN", "head-of-state"]. */
function stripTitle(raw: string): [string, string[]] {
  const hints: string[] = [];
  let rest = raw.replace(/^.*,_?/, '').replace(/^(EX-|FORMER_)/, '');
  let cut = -1;
  for (const [title, hint] of TITLES) {
    const re = new RegExp(`(^|_)${title.replace('.', '\\.')}(_|$)`, 'g');
    for (const m of rest.matchAll(re)) {
      if (hint) hints.push(hint);
      cut = Math.max(cut, m.index! + m[0].length);
    }
  }
  if (cut > 0) rest = rest.slice(cut);
  return [rest.replace(/^(OF_THE_|OF_)/, ''), hints];
}

/**
 * @example personNames({ name: 'VLADIMIR_PUTIN_', aliases: ['PUTIN_', 'PRESIDENT_PUTIN_'] }).single // → ['Putin']
 */
export function personNames(record: { name: string; aliases: string[] }): PersonNames {
  const out: PersonNames = { full: [], single: [], hints: new Set() };
  for (const raw of [record.name, ...record.aliases]) {
    if (NOT_A_NAME.test(raw)) continue;
    const [bare, hints] = stripTitle(raw.replace(/_+$/, ''));
    for (const h of hints) out.hints.add(h);
    const { name } = dictionaryName(bare);
    if (!name || /\d/.test(name)) continue;
    const words = name.split(' ').filter((w) => !/^[A-Z]\.?$/.test(w) || name.split(' ').length > 2);
    if (words.length >= 2) out.full.push(name);
    else if (words[0]?.length > 2) out.single.push(name);
  }
  out.full = [...new Set(out.full)];
  out.single = [...new Set(out.single)];
  return out;
}
