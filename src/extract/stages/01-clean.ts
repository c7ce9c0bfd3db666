// Stage 1: blank page furniture ("READ MORE: …", donation banners, "Source: …"),
// datelines ("MAPUTO, Aug 9 (Reuters) - ") and repeated lines (a photo caption that repeats the paragraph above). Blanked characters
// become spaces, so every offset into the cleaned text is an offset into the article.
import type { Stage } from '../pipeline-types.ts';
import { cityGazetteer } from '../../lexicon/city-gazetteer.ts';

const blank = (line: string): string => line.replace(/[^\n]/g, ' ');
// "MAPUTO - …", "KHARTOUM, Jan 24 (Reuters) — …", "ADDIS ABABA, Ethiopia — …": the place a
// report is filed from, which is no part of its first sentence (mentions read it as a subject)
const DATELINE = /^(\s*)((\p{Lu}{2}[\p{Lu}'’. -]*\p{Lu})(?:,\s*[\p{L}. ]{2,30}?)?(?:,?\s*\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,30}\))?\s*(?:[—–]|--?)\s)/u;
const LONG_RUN = /(?<!\S)\S{60,}/g;

// "January 12, 2025 (PORT SUDAN) – …", "Damascus (AFP) – …": a date or a town, the town or the agency in brackets
const AGENCY_DATELINE = /^(\s*)((?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\s+\d{4})\s*\((\p{Lu}[\p{Lu}'’. -]+)\)\s*[—–-]{1,2}\s|(\p{Lu}[\p{L}'’. -]{2,30}?)\s*\((?:AFP|AP|Reuters|Anadolu|dpa|Xinhua|TASS|IANS|ANI|UPI|PTI|SPA|WAM|QNA|IRNA|Sputnik|RIA|EFE|ANSA|Kyodo)\)\s*[—–-]{1,2}\s)/u;

/** A dateline's town the gazetteer knows ("MAPUTO", "ADDIS ABABA"; case-folded), not an acronym ("GNA —"). */
const knownTown = (town: string): boolean => town.length >= 3 && Boolean(cityGazetteer().countryOf(town));

export const clean: Stage = {
  name: 'clean',
  requires: ['doc', 'lexicon'],
  assigns: ['text'],
  run(state) {
    const seen = new Set<string>();
    const lines = state.doc.text.replace(/\r/g, ' ').split('\n').map((line) => {
      const trimmed = line.trim();
      if (!trimmed) return line;
      if (state.lexicon.furniture.some((f) => f.match.test(trimmed))) return blank(line);
      const key = trimmed.replace(/\s*\([^)]{1,20}\)$/, '').toLowerCase();
      if (key.length > 40 && seen.has(key)) return blank(line);
      seen.add(key);
      return line
        .replace(DATELINE, (all, lead: string, dateline: string, town: string) => (knownTown(town.trim()) ? lead + ' '.repeat(dateline.length) : all))
        .replace(AGENCY_DATELINE, (all, lead: string, dateline: string, bracketed?: string, before?: string) => (knownTown((bracketed ?? before ?? '').trim()) ? lead + ' '.repeat(dateline.length) : all));
    });
    // brackets of editorial insertions ("[Russian President Vladimir] Putin") become spaces;
    // whitespace-free runs of 60+ characters, longer than any word (URLs, base64, glued junk) are blanked: the
    // tokenizer's e-mail pattern rescans such a run from every start (quadratic)
    const text = lines.join('\n').replace(/[[\]]/g, ' ').replace(LONG_RUN, (run) => ' '.repeat(run.length));
    return { ...state, text };
  },
};
