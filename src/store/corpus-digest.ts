// Fingerprints of articles: one per article (its id, metadata and text), and one of a
// whole corpus over the code that turns articles into a graph. The snapshot carries the
// corpus digest, so at start-up it is used only when it was built from exactly the
// articles on disk (one added, removed or edited makes it stale, whatever the file times
// say) by the same code. The corpus digest is over the set of articles, in no order.
import { createHash } from 'node:crypto';
import type { ArticleDoc } from '../types.ts';
import { codeDigest } from './code-digest.ts';

/** @example docKey({ id: 'a.txt', text: 'Turkey backs the GNA.' }) // → 'q3Xb…' (base64 sha1) */
export function docKey(doc: ArticleDoc): string {
  return createHash('sha1').update(JSON.stringify([doc.id, doc.date ?? null, doc.title ?? null, doc.source ?? null, doc.outlet ?? null, doc.text])).digest('base64');
}

/**
 * sha256 over the code digest and the sorted article keys.
 * @example corpusDigest((await loadArticles('data/articles')).docs.map(docKey)) // → 'c0ffee…' (64 hex)
 */
export function corpusDigest(docKeys: Iterable<string>): string {
  const hash = createHash('sha256').update(codeDigest()).update('\n');
  for (const key of [...docKeys].sort()) hash.update(key).update('\n');
  return hash.digest('hex');
}
