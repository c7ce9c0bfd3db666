// Reads one article file and decides whether it can be used. Bad files are reported
// with a reason, never thrown: one bad file must not stop a corpus build.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ArticleDoc } from '../types.ts';
import { parseArticle } from './parse-article.ts';

export const MAX_ARTICLE_BYTES = 1024 * 1024;
/**
 * Longest run of characters without whitespace an article may hold. News text has none
 * over ~200 (URLs included); the tokenizer's e-mail regex is quadratic in a run's length
 * (20,000 "?" take 2.5 s, a 1 MB one would take hours), so longer runs are refused.
 */
export const MAX_RUN_CHARS = 1000;

export type ReadResult = { doc: ArticleDoc } | { skipped: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks raw bytes: empty, binary (NUL bytes), not UTF-8, oversized, a whitespace-free run
 * over MAX_RUN_CHARS → a reason; else the text.
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
  const run = longestRun(text);
  if (run > MAX_RUN_CHARS) return { reason: `a run of ${run} characters without whitespace (the limit is ${MAX_RUN_CHARS}); not article text` };
  return { text };
}

/** Length of the longest run without whitespace, in one pass (a regex like /\S{1001}/ would rescan). */
function longestRun(text: string): number {
  let longest = 0;
  let current = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII whitespace and the Unicode spaces \s knows, checked cheaply: most characters are letters
    const space = c <= 32 || (c >= 0x7f && /\s/.test(text[i]));
    current = space ? 0 : current + 1;
    if (current > longest) longest = current;
  }
  return longest;
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
