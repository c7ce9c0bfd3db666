// The theatre of an article: the country it is about, i.e. the one it names most
// (names and demonyms). "Libya"/"Libyan" in a Libya article is the setting, not a party.
import type { Lexicon } from '../../lexicon/lexicon-types.ts';

const MIN_MENTIONS = 3;

/** @example detectTheatre(['country:ly','country:ly','country:tr'], lex) // → 'LY' */
export function detectTheatre(countryIds: string[], lexicon: Lexicon): string {
  const counts = new Map<string, number>();
  for (const id of countryIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best = lexicon.countries.get(lexicon.theatre) ?? '';
  let bestCount = counts.get(best) ?? 0;
  // another country takes over only when the article is clearly about it: three votes or
  // more, and more than twice what the lexicon's own theatre (and its known actors) got
  const home = bestCount;
  // a short text that never names the lexicon's war needs fewer votes ("In Syria, …" counts two)
  const needed = home === 0 ? 2 : MIN_MENTIONS;
  for (const [id, n] of counts) if (n > bestCount && n >= needed && n > 2 * home) [best, bestCount] = [id, n];
  return lexicon.entries.get(best)?.country ?? lexicon.theatre;
}
