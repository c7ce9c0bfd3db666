// Stage 1: blank page furniture ("READ MORE: …", donation banners, "Source: …") and
// repeated lines (a photo caption that repeats the paragraph above). Blanked characters
// become spaces, so every offset into the cleaned text is an offset into the article.
import type { Stage } from '../pipeline-types.ts';

const blank = (line: string): string => line.replace(/[^\n]/g, ' ');
const LONG_RUN = /(?<!\S)\S{60,}/g;

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
      return line;
    });
    // brackets of editorial insertions ("[Russian President Vladimir] Putin") become spaces;
    // whitespace-free runs of 60+ characters, longer than any word (URLs, base64, glued junk) are blanked: the
    // tokenizer's e-mail pattern rescans such a run from every start (quadratic)
    const text = lines.join('\n').replace(/[[\]]/g, ' ').replace(LONG_RUN, (run) => ' '.repeat(run.length));
    return { ...state, text };
  },
};
