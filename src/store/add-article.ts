// Adds one article to the corpus folder: checks the text, writes `<sha256-prefix>.txt`
// (front matter with date/title/source/outlet, then the body) atomically, and is idempotent:
// the same text again finds the file already there and writes nothing.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LimitExceededError, UnprocessableError } from '../errors.ts';
import type { ArticleDoc } from '../types.ts';
import { parseArticle } from './parse-article.ts';
import { checkArticleBytes, MAX_ARTICLE_BYTES } from './read-article-file.ts';
import { writeAtomic } from './write-atomic.ts';

export interface NewArticle {
  text: string;
  title?: string;
  date?: string;
  source?: string;
  /** Who published it; without it the host of `source` (store/article-outlet.ts). */
  outlet?: string;
}

export interface AddedArticle {
  id: string;
  path: string;
  /** False when an article with the same text was already stored. */
  created: boolean;
  doc: ArticleDoc;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** One line, no quotes at the ends: safe inside `key: value` front matter. */
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();

function fileContent(article: NewArticle, body: string): string {
  const meta = (['date', 'title', 'source', 'outlet'] as const)
    .map((k) => [k, article[k] ? oneLine(article[k]!) : ''])
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}: "${v}"`);
  return meta.length ? `---\n${meta.join('\n')}\n---\n${body}\n` : `${body}\n`;
}

/**
 * @example await addArticle('data/articles', { text: 'Turkey backs the GNA.', date: '2020-01-10' })
 * // → {id: '3f2a…16 hex….txt', created: true, doc: {…}}
 */
export async function addArticle(dir: string, article: NewArticle): Promise<AddedArticle> {
  // "\ud800" is valid JSON but not text: UTF-8 encoding would silently turn it into U+FFFD
  if (LONE_SURROGATE.test(article.text)) throw new UnprocessableError('store.addArticle: cannot use this text (not valid Unicode: a lone surrogate).');
  const body = article.text.replace(/\r\n?/g, '\n').trim();
  const bytes = Buffer.from(body, 'utf8');
  if (bytes.byteLength > MAX_ARTICLE_BYTES) throw new LimitExceededError(`store.addArticle: text is ${bytes.byteLength} bytes; the limit is ${MAX_ARTICLE_BYTES}.`);
  const checked = checkArticleBytes(bytes);
  if ('reason' in checked) throw new UnprocessableError(`store.addArticle: cannot use this text (${checked.reason}).`);
  const id = `${createHash('sha256').update(body).digest('hex').slice(0, 16)}.txt`;
  const path = join(dir, id);
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing !== undefined) return { id, path, created: false, doc: parseArticle(id, existing) };
  const content = fileContent(article, body);
  const doc = parseArticle(id, content);
  if (!doc.text.trim()) throw new UnprocessableError('store.addArticle: no body text after the metadata.');
  await mkdir(dir, { recursive: true });
  await writeAtomic(path, content);
  return { id, path, created: true, doc };
}
