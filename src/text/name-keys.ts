// The one way the project compares names, used by extraction (lexicon aliases, towns,
// coreference), resolution (match keys across articles) and search: the normalised name,
// its content tokens (particles dropped) and each token's transliteration skeleton.
// "Gen. Khalifa Haftar's" → norm "khalifa haftar", tokens [khalifa, haftar], skeleton "klf ftr";
// Haftar/Hafter/Heftar → "ftr"; Sirte/Sirt → "srt"; Kanunu/Gnounou → "knn"; Tarhuna/Tarhouna/Tarhunah → "trn".
import { foldText, normalizeName } from './normalize-name.ts';

export interface NameKeys {
  /** normalizeName: lower case, no accents or punctuation, no leading "the" or title. */
  norm: string;
  /** Words of `norm` that identify (particles such as "al", "of" dropped). */
  tokens: string[];
  /** Consonant skeleton of each token (empty skeletons dropped). */
  skeletons: string[];
  /** The skeletons joined by spaces: the transliteration-tolerant key of the whole name. */
  skeleton: string;
}

/** Words that do not identify a name: Arabic articles and kin words, English function words. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'ad', 'as', 'ar', 'at', 'an', 'az', 'bin', 'ibn', 'abu', 'de', 'the', 'of', 'and', 'for', 'in']);

/** A skeleton carries enough to match on when it has at least this many consonants ("zzzzzz" → "s" does not). */
export const MIN_SKELETON_LETTERS = 3;

/**
 * Skeleton of one word after folding the usual Arabic→Latin variants: doubled letters
 * merged (Sarraj/Saraj), q/k/g, gh, kh, ck, c → k; th/dh → t; sh/ch → s; z → s; ph → f;
 * vowels, h, w, y dropped; letters doubled by that merged too. Doubles are merged first
 * so that a dropped vowel does not join two consonants: Mohamed "mmd" is not Ahmed "md".
 * @example wordSkeleton('Tarhouna') // → 'trn'
 */
export function wordSkeleton(word: string): string {
  return foldText(word)
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/ph/g, 'f')
    .replace(/(kh|gh|ck|q|c|g)/g, 'k')
    .replace(/(th|dh)/g, 't')
    .replace(/(sh|ch)/g, 's')
    .replace(/z/g, 's')
    .replace(/(kk|tt|ss)/g, (m) => m[0]) // "ckk", "thth" …: a fold that doubled a letter
    .replace(/[aeiouyhw]/g, '');
}

/** @example isInformativeSkeleton('ftr') // → true; isInformativeSkeleton('s') // → false */
export function isInformativeSkeleton(skeleton: string): boolean {
  return skeleton.replace(/ /g, '').length >= MIN_SKELETON_LETTERS;
}

// names repeat across sentences, articles and queries: a bounded memo saves recomputing them
const cache = new Map<string, NameKeys>();
const CACHE_LIMIT = 50_000;

/**
 * @example nameKeys("Gen. Khalifa Haftar's") // → {norm: 'khalifa haftar', tokens: ['khalifa', 'haftar'], skeletons: ['klf', 'ftr'], skeleton: 'klf ftr'}
 */
export function nameKeys(name: string): NameKeys {
  const hit = cache.get(name);
  if (hit) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const norm = normalizeName(name);
  const tokens = norm.split(' ').filter((t) => t && !NAME_PARTICLES.has(t));
  const skeletons = tokens.map(wordSkeleton).filter(Boolean);
  const keys = { norm, tokens, skeletons, skeleton: skeletons.join(' ') };
  cache.set(name, keys);
  return keys;
}

/**
 * The skeleton of a whole name (titles and particles dropped, words joined by spaces).
 * @example skeletonKey('Ahmad al-Mesmari') // → 'md msmr'
 */
export function skeletonKey(name: string): string {
  return nameKeys(name).skeleton;
}
