// Property tests for the extractor: random and adversarial text never makes
// extractArticle throw an untyped error, and it finishes within 200 ms per 10 KB (this
// catches catastrophic regex backtracking). Long runs without whitespace were quadratic
// inside wink-nlp's tokenizer (its e-mail regex); 01-clean now blanks them first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { adversarialText, anyText, GLUED_RUNS, gluedText, RUNS, timeBound, timed } from '../fixtures/_adversarial.ts';

extractArticle({ id: 'warm-up.txt', text: 'Turkey backs the GNA.' }); // load the model before timing

function check(text: string): void {
  const { ms, error } = timed(() => extractArticle({ id: 'p.txt', text }));
  if (error !== undefined && !isKgError(error)) throw new Error(`untyped error on ${JSON.stringify(text.slice(0, 80))}…: ${(error as Error).stack}`);
  if (ms > timeBound(text)) throw new Error(`${ms.toFixed(0)} ms for ${text.length} characters (bound ${timeBound(text).toFixed(0)} ms): ${JSON.stringify(text.slice(0, 80))}…`);
}

describe('extractArticle on hostile text', () => {
  it('adversarial news-like text (≤ 12 KB): typed errors only, within the time bound', () => {
    fc.assert(fc.property(adversarialText, (text) => check(text)), { numRuns: 60 });
  }, 60_000);

  it('arbitrary code points, lone surrogates included', () => {
    fc.assert(fc.property(anyText, (text) => check(text)), { numRuns: 60 });
  }, 60_000);

  it('pieces glued without spaces (short runs)', () => {
    fc.assert(fc.property(gluedText, (text) => check(text)), { numRuns: 40 });
  }, 60_000);

  it.each(RUNS)('a 10 KB run of %s', (_name, text) => {
    const { ms, error } = timed(() => extractArticle({ id: 'run.txt', text }));
    expect(error === undefined || isKgError(error)).toBe(true);
    expect(ms).toBeLessThan(timeBound(text));
  });

  // wink-nlp splits a whitespace-free token with the model's e-mail regex, which rescans
  // the run from every start (20,000 "?" took ~2.5 s); 01-clean blanks runs of 60+.
  it.each(GLUED_RUNS)('a 20,000-character run of %s without whitespace', (_name, text) => {
    expect(timed(() => extractArticle({ id: 'glued.txt', text })).ms).toBeLessThan(timeBound(text));
  });
});
