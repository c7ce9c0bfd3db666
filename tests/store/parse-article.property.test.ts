// Property tests for the loader: checkArticleBytes classifies any bytes without
// throwing (what it accepts is exactly the UTF-8 it was given; whitespace-free runs over
// MAX_RUN_CHARS, which the tokenizer handles in quadratic time, are refused), parseArticle reads
// any text without throwing, both within 200 ms per 10 KB.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/store/parse-article.ts';
import { checkArticleBytes, MAX_RUN_CHARS } from '../../src/store/read-article-file.ts';
import { adversarialText, anyText, GLUED_RUNS, gluedText, RUNS, timeBound, timed } from '../fixtures/_adversarial.ts';

const frontMatter = fc.tuple(fc.constantFrom('---\n', '---\r\n', '\uFEFF---\n', ' date ', '', '---'), adversarialText, fc.constantFrom('\n---\n', '---', '\n', '')).map((parts) => parts.join(''));

describe('checkArticleBytes', () => {
  it('classifies any bytes: text that re-encodes to them, or a reason', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
      const { ms, error } = timed(() => checkArticleBytes(bytes));
      expect(error).toBeUndefined();
      expect(ms).toBeLessThan(timeBound('x'.repeat(bytes.length)));
      const result = checkArticleBytes(bytes);
      if ('text' in result) expect(Buffer.from(result.text, 'utf8').equals(Buffer.from(bytes))).toBe(true);
      else expect(result.reason).toMatch(/empty|binary|UTF-8|larger|without whitespace/);
    }), { numRuns: 200 });
  });

  it('accepts the UTF-8 of any non-blank text without NUL or a long whitespace-free run', () => {
    const usable = (s: string) => !s.includes('\0') && s.trim() !== '' && s.split(/\s/).every((run) => run.length <= MAX_RUN_CHARS);
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2000 }).filter(usable), (text) => {
      expect(checkArticleBytes(Buffer.from(text, 'utf8'))).toEqual({ text });
    }), { numRuns: 200 });
  });
});

describe('checkArticleBytes refuses what the extractor cannot read in time', () => {
  it.each(GLUED_RUNS)('a ~20,000-character run of %s → a reason, found in linear time', (_name, text) => {
    const bytes = Buffer.from(`Turkey backs the GNA. ${text} Haftar rejected it.`.repeat(40));
    const { ms } = timed(() => checkArticleBytes(bytes));
    expect(checkArticleBytes(bytes)).toEqual({ reason: expect.stringMatching(/^a run of 200[0-9]{2} characters without whitespace/) });
    expect(ms).toBeLessThan(timeBound(text) * 40);
  });

  it.each([['at the limit', MAX_RUN_CHARS, true], ['one over', MAX_RUN_CHARS + 1, false], ['a URL of 300', 300, true]])('a run %s (%i) is %s', (_name, length, accepted) => {
    const result = checkArticleBytes(Buffer.from(`Haftar said ${'x'.repeat(length)}\u00a0and left.`));
    expect('text' in result).toBe(accepted);
  });
});

describe('parseArticle', () => {
  it.each([['adversarial text', adversarialText], ['arbitrary code points', anyText], ['front-matter-like text', frontMatter], ['glued pieces', gluedText]])('never throws on %s, within the time bound', (_name, arbitrary) => {
    fc.assert(fc.property(arbitrary, (raw) => {
      const { ms, error } = timed(() => parseArticle('p.txt', raw));
      expect(error).toBeUndefined();
      expect(ms).toBeLessThan(timeBound(raw));
      const doc = parseArticle('p.txt', raw);
      expect(doc.date === undefined || /^\d{4}(-\d{2}){0,2}$/.test(doc.date)).toBe(true);
    }), { numRuns: 150 });
  });

  it.each([...RUNS, ...GLUED_RUNS])('a long run of %s', (_name, raw) => {
    const { ms, error } = timed(() => parseArticle('run.txt', raw));
    expect(error).toBeUndefined();
    expect(ms).toBeLessThan(timeBound(raw));
  });
});
