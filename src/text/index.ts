// Text helpers shared by extraction, resolution and search.

export { normalizeName, foldText } from './normalize-name.ts';
export { skeletonKey, wordSkeleton } from './skeleton-key.ts';
export { slugify } from './slugify.ts';
