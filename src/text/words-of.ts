// Words of a text as runs of letters and digits in any script, with where each starts:
// the alias matcher reads every word of every sentence, and a regex match object per word
// cost more than the lookup it was for.

/** Which BMP characters are letters or digits (`[\p{L}\p{N}]`): a table read instead of a regex match per word. */
const WORD_CHAR = (() => {
  const table = new Uint8Array(0x10000);
  const probe = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && probe.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();
const ASTRAL_WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Length (1 or 2 code units) of the letter or digit at `i`, else 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return WORD_CHAR[c];
  const pair = text.slice(i, i + 2);
  return pair.length === 2 && ASTRAL_WORD_CHAR.test(pair) ? 2 : 0;
}

/**
 * The words of `text` (runs of letters and digits, as /[\p{L}\p{N}]+/gu matches them), by
 * start and in lower case: read char by char, without a match object per word.
 * @example wordsOf('The GNA-backed') // → { starts: [0, 4, 8], lowers: ['the', 'gna', 'backed'] }
 */
export function wordsOf(text: string): { starts: number[]; lowers: string[] } {
  const starts: number[] = [];
  const lowers: string[] = [];
  let i = 0;
  while (i < text.length) {
    let step = wordCharAt(text, i);
    if (!step) {
      i++;
      continue;
    }
    const start = i;
    while (step) {
      i += step;
      step = i < text.length ? wordCharAt(text, i) : 0;
    }
    starts.push(start);
    lowers.push(text.slice(start, i).toLowerCase());
  }
  return { starts, lowers };
}
