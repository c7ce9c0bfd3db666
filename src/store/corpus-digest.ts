// A fingerprint of the articles a graph was built from. The snapshot carries it, so at
// start-up a snapshot is used only when it was built from exactly the articles on disk
// (an article added, removed or edited since makes it stale, whatever the file times say)
// and by the same extractor, lexicon and resolver (codeDigest).
import { createHash } from 'node:crypto';
import type { ArticleDoc } from '../types.ts';
import { codeDigest } from './code-digest.ts';

/**
 * sha256 over the code digest, then each doc's id, metadata and text, in the order given (file-name order).
 * @example corpusDigest((await loadArticles('data/articles')).docs) // → 'c0ffee…' (64 hex)
 */
export function corpusDigest(docs: readonly ArticleDoc[]): string {
  const hash = createHash('sha256').update(codeDigest()).update('\n');
  for (const d of docs) hash.update(JSON.stringify([d.id, d.date ?? null, d.title ?? null, d.source ?? null, d.outlet ?? null, d.text])).update('\n');
  return hash.digest('hex');
}
