// score.py's `norm()`: the key under which labels and aliases meet. Accents, case,
// punctuation, a trailing "'s", a leading "the" and titles are removed, so that
// "Gen. Khalifa Haftar's" and "khalifa haftar" are the same name.
import { isCombining } from './is-combining.ts';
import { pyStr } from './py-str.ts';

const TITLES = ['field marshal', 'brigadier general', 'major general', 'prime minister', 'president',
  'general', 'gen', 'mr', 'dr', 'sheikh', 'marshal', 'colonel', 'col', 'brig', 'pm'];
const PREFIXES = ['the ', ...TITLES.map((title) => `${title} `)];
// Python's `\b` after "'s": the next character is not a Unicode word character.
const POSSESSIVE = /'s(?![\p{L}\p{N}_])/gu;

/** @example normaliseName("The Prime Minister Fayez al-Sarraj's") === 'fayez al sarraj' */
export function normaliseName(value: unknown): string {
  let text = Array.from(pyStr(value).normalize('NFKD')).filter((c) => !isCombining(c)).join('').toLowerCase();
  text = text.replace(/\u2019/g, "'").replace(/\u2018/g, "'").replace(POSSESSIVE, '');
  text = text.replace(/[^a-z0-9+]+/g, ' ').trim();
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of PREFIXES) {
      // "the" alone stays "the": a prefix is dropped only when something follows it
      if (text.startsWith(prefix) && text.length > prefix.length) {
        text = text.slice(prefix.length);
        changed = true;
      }
    }
  }
  return text;
}
