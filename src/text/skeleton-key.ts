// The transliteration skeleton of a name, from the one name-key algorithm (name-keys.ts).
// This path stays for the extractor's imports; the rules live in name-keys.ts.

export { skeletonKey, wordSkeleton } from './name-keys.ts';
