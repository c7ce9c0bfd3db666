// Context cues for unknown names (data/lexicon/cues.json), loaded once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LEXICON_DIR } from '../../lexicon/load-lexicon.ts';

export interface Cues {
  titles: Set<string>;
  titleRegex: RegExp;
  orgHeads: Set<string>;
  /** Words that make a name a news outlet ("Anadolu Agency"), which is never a party. */
  mediaHeads: Set<string>;
  placeBefore: RegExp;
  placeAfter: RegExp;
  notNames: Set<string>;
}

let cached: Cues | undefined;
const alt = (words: string[]) => words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, '\\.')).join('|');

export function loadCues(): Cues {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(join(DEFAULT_LEXICON_DIR, 'cues.json'), 'utf8'));
  cached = {
    titles: new Set(raw.titles),
    titleRegex: new RegExp(`(?:^|[^\\p{L}])(?:${alt(raw.titles)})\\s*$`, 'iu'),
    orgHeads: new Set(raw.orgHeads),
    mediaHeads: new Set(raw.mediaHeads),
    placeBefore: new RegExp(`(?:^|[^\\p{L}])(?:${alt(raw.placeBefore)})\\s+(?:the\\s+)?$`, 'iu'),
    placeAfter: new RegExp(`^[-\\s]*(${alt(raw.placeAfter)})(?![\\p{L}])`, 'iu'),
    notNames: new Set(raw.notNames),
  };
  return cached;
}
