// Loader rows: every kind of bad file is skipped with a one-line reason naming it, and
// the rest of the corpus still loads; metadata comes from front matter, the seeds'
// leading date, or a date written in the text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/store/load-articles.ts';
import { parseArticle } from '../../src/store/parse-article.ts';

describe('loadArticles', () => {
  it.each([
    ['empty.txt', '', 'empty file'],
    ['blank.md', '   \n\t\n', 'empty file'],
    ['binary.txt', Buffer.from([0x48, 0x00, 0x69]), 'binary content (NUL bytes)'],
    ['latin1.txt', Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]), 'not valid UTF-8'],
    ['huge.txt', 'a'.repeat(1024 * 1024 + 1), 'larger than'],
    ['header-only.md', '---\ndate: 2020-01-01\n---\n', 'no body'],
  ])('skips %s with a reason, keeps the rest', async (name, content, reason) => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-load-'));
    writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, 'good.txt'), 'Turkey backs the GNA.');
    writeFileSync(join(dir, 'notes.json'), '{}');
    const warnings: string[] = [];
    const { docs, skipped } = await loadArticles(dir, (w) => warnings.push(w));
    expect(docs.map((d) => d.id)).toEqual(['good.txt']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0].file).toBe(name);
    expect(skipped[0].reason).toContain(reason);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(name);
    expect(warnings[0]).not.toContain('\n');
  });

  it('throws KG_NOT_FOUND for a missing folder', async () => {
    await expect(loadArticles('/nonexistent/kg')).rejects.toMatchObject({ code: 'KG_NOT_FOUND' });
  });
});

describe('parseArticle', () => {
  it.each([
    ['front matter', '---\ntitle: "Truce"\ndate: 2020-01-11\nsource: https://x.example/a\n---\nBody text.', { date: '2020-01-11', title: 'Truce', source: 'https://x.example/a', text: 'Body text.' }],
    ['leading date', ' date 2020-08-23 The militias rejected it.', { date: '2020-08-23', text: 'The militias rejected it.' }],
    ['date in the text', 'Iran Press TV\n\nFriday, 10 January 2020 11:32 AM\n\nHaftar rejected it.', { date: '2020-01-10' }],
    ['American date', 'Posted January 7, 2020 by staff', { date: '2020-01-07' }],
  ])('reads %s', (_name, raw, expected) => {
    expect(parseArticle('a.txt', raw)).toMatchObject(expected);
  });

  it('leaves the date out when none is written', () => {
    expect(parseArticle('a.txt', 'Haftar rejected it.').date).toBeUndefined();
  });
});
