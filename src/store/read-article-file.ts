// Reads one article file and decides whether it can be used. Bad files are reported
// with a reason, never thrown: one bad file must not stop a corpus build.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ArticleDoc } from '../types.ts';
import { parseArticle } from './parse-article.ts';

export const MAX_ARTICLE_BYTES = 1024 * 1024;

export type ReadResult = { doc: ArticleDoc } | { skipped: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks raw bytes: empty, binary (NUL bytes), not UTF-8, oversized → a reason; else the text.
 * @example checkArticleBytes(Buffer.from('')) // → {reason: 'empty file'}
 */
export function checkArticleBytes(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) return { reason: `larger than ${MAX_ARTICLE_BYTES} bytes (${bytes.byteLength})` };
  if (bytes.includes(0)) return { reason: 'binary content (NUL bytes)' };
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { reason: 'not valid UTF-8' };
  }
  if (!text.trim()) return { reason: 'empty file' };
  return { text };
}

/** Reads and parses one article file; `skipped` carries the reason when it cannot be used. */
export async function readArticleFile(path: string): Promise<ReadResult> {
  const info = await stat(path);
  if (info.size > MAX_ARTICLE_BYTES) return { skipped: `larger than ${MAX_ARTICLE_BYTES} bytes (${info.size})` };
  const checked = checkArticleBytes(await readFile(path));
  if ('reason' in checked) return { skipped: checked.reason };
  const doc = parseArticle(basename(path), checked.text);
  if (!doc.text.trim()) return { skipped: 'no body after the metadata header' };
  return { doc };
}
