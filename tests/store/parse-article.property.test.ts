// Property tests for the loader: checkArticleBytes classifies any bytes without
// throwing (and what it accepts is exactly the UTF-8 it was given), parseArticle reads
// any text without throwing, both within 200 ms per 10 KB.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/store/parse-article.ts';
import { checkArticleBytes } from '../../src/store/read-article-file.ts';
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
      else expect(result.reason).toMatch(/empty|binary|UTF-8|larger/);
    }), { numRuns: 200 });
  });

  it('accepts the UTF-8 of any non-blank text without NUL', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 2000 }).filter((s) => !s.includes('\0') && s.trim() !== ''), (text) => {
      expect(checkArticleBytes(Buffer.from(text, 'utf8'))).toEqual({ text });
    }), { numRuns: 200 });
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
