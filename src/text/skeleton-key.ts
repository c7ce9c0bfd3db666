// A transliteration-tolerant key for names: the consonant skeleton of each word after
// folding the usual Arabic→Latin variants (q/k/g, gh, kh, ou/u, th/t, doubled letters,
// final h, the article "al-"). Haftar/Hafter/Heftar → "ftr"; Sirte/Sirt → "srt";
// Al-Jafra/Jufra → "jfr"; Kanunu/Gnounou → "kn"; Tarhuna/Tarhouna/Tarhunah → "trn".
import { foldText } from './normalize-name.ts';

const PARTICLES = new Set(['al', 'el', 'ul', 'ad', 'as', 'ar', 'at', 'an', 'az', 'bin', 'ibn', 'abu', 'de', 'the']);

/** Skeleton of one word. */
export function wordSkeleton(word: string): string {
  let w = foldText(word).replace(/[^a-z]/g, '');
  w = w
    .replace(/ph/g, 'f')
    .replace(/(kh|gh|ck|q|c|g)/g, 'k')
    .replace(/(th|dh)/g, 't')
    .replace(/(sh|ch)/g, 's')
    .replace(/z/g, 's')
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1');
  return w;
}

/**
 * Skeleton of a whole name, particles and titles dropped, words joined by spaces.
 * @example skeletonKey('Ahmad al-Mesmari') // → 'md msmr'
 */
export function skeletonKey(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  if (cache.size > CACHE_LIMIT) cache.clear();
  const key = computeSkeleton(name);
  cache.set(name, key);
  return key;
}

// names repeat across sentences and articles; a bounded memo saves recomputing them
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function computeSkeleton(name: string): string {
  return foldText(name)
    .replace(/[\u2019']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !PARTICLES.has(w))
    .map(wordSkeleton)
    .filter(Boolean)
    .join(' ');
}
