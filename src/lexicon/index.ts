// Domain knowledge loaded from data/lexicon/ and the gazetteer packages.

export { loadLexicon, defaultLexicon, DEFAULT_LEXICON_DIR } from './load-lexicon.ts';
export { cityGazetteer, type City, type CityGazetteer } from './city-gazetteer.ts';
export { inflectVerb } from './inflect-verb.ts';
export type { Lexicon, LexEntry, FurniturePattern } from './lexicon-types.ts';
