// Text helpers shared by extraction, resolution and search.

// the one name-key algorithm
export { nameKeys, skeletonKey, wordSkeleton, isInformativeSkeleton, NAME_PARTICLES, MIN_SKELETON_LETTERS, type NameKeys } from './name-keys.ts';
export { normalizeName, foldText } from './normalize-name.ts';

// node keys
export { slugify } from './slugify.ts';

// regex matching without String#matchAll's per-call clone
export { allMatches } from './all-matches.ts';
export { escapeRegExp } from './escape-regexp.ts';

// words: of a text (with their starts), of a phrase from data
export { wordsOf } from './words-of.ts';
export { phraseWords } from './phrase-words.ts';
