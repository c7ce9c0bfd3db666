// Evidence in the terminal: at most two quotes per row, each once (with all its
// articles), the outlet every evidence record carries, then "+N more".
import { describe, expect, it } from 'vitest';
import { evidenceLines } from '../../src/cli/format-evidence.ts';
import type { EdgeView } from '../../src/query/types.ts';
import type { Evidence } from '../../src/types.ts';

const OUTLETS: Record<string, string> = { 'a.txt': 'reuters.com', 'b.txt': 'Anadolu Agency', 'c.txt': 'c.txt' };
const ev = (article: string, quote: string): Evidence => ({ article, quote, sentence: 0, start: 0, end: quote.length, rule: 'r', outlet: OUTLETS[article] });
const edge = (...evidence: Evidence[]): EdgeView => ({ key: 'e', source: 'a', target: 'b', relation: 'supports', confidence: 1, sources: 1, evidence });

describe('evidenceLines', () => {
  it.each([
    // an outlet that is only the file name again is not repeated
    ['one quote', [edge(ev('c.txt', 'Turkey backs the GNA.'))], ['"Turkey backs the GNA." (c.txt)']],
    ['the same quote twice, in two articles', [edge(ev('a.txt', 'Turkey backs  the GNA.'), ev('b.txt', 'Turkey backs the GNA.')), edge(ev('a.txt', 'Turkey backs the GNA.'))],
      ['"Turkey backs the GNA." (a.txt, reuters.com; b.txt, Anadolu Agency)']],
    ['four quotes', [edge(ev('a.txt', 'q1'), ev('a.txt', 'q2')), edge(ev('c.txt', 'q3'), ev('c.txt', 'q4'))],
      ['"q1" (a.txt, reuters.com)', '"q2" (a.txt, reuters.com)', '+2 more']],
    ['no evidence', [edge()], ['(no evidence recorded)']],
  ])('%s', (_, edges, expected) => {
    expect(evidenceLines(edges, '')).toEqual(expected);
  });
});
