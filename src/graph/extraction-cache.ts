// Extractions kept by article content, so a deterministic rebuild of the graph from disk
// re-extracts only the articles it has not seen (extraction looks at one article only,
// so a cached extraction is as good as a fresh one). Used as BuildOptions.extractAll.
import { createHash } from 'node:crypto';
import { extractArticle } from '../extract/extract-article.ts';
import { extractInWorkers } from '../extract/extract-in-workers.ts';
import type { ArticleDoc, ArticleExtraction } from '../types.ts';
import { WORKER_THRESHOLD } from './build-corpus.ts';

export interface ExtractionCache {
  /** Extractions of `docs` in order; uncached ones are extracted (a worker pool for many). */
  extractAll(docs: ArticleDoc[], onProgress?: (done: number, total: number) => void, warn?: (line: string) => void): Promise<ArticleExtraction[]>;
  /** One doc, in-process (the answer to a POST); throws what the extractor throws. */
  extract(doc: ArticleDoc): ArticleExtraction;
  /** Forgets every article not in `docs` (files deleted since). */
  retain(docs: readonly ArticleDoc[]): void;
  readonly size: number;
}

const keyOf = (d: ArticleDoc) => createHash('sha1').update(JSON.stringify([d.id, d.date ?? null, d.title ?? null, d.source ?? null, d.outlet ?? null, d.text])).digest('base64');
// in-process extraction takes ~12 ms an article: yield between articles so requests are served
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** @example const cache = createExtractionCache(); await buildFromDocs(docs, { extractAll: cache.extractAll }); */
export function createExtractionCache(): ExtractionCache {
  const byKey = new Map<string, ArticleExtraction>();
  const extract = (doc: ArticleDoc) => {
    const key = keyOf(doc);
    let hit = byKey.get(key);
    if (!hit) byKey.set(key, (hit = extractArticle(doc)));
    return hit;
  };
  // an article the extractor cannot read must not stop every later rebuild (or start-up)
  const tolerant = (doc: ArticleDoc, warn: (line: string) => void) => {
    try {
      extract(doc);
    } catch (error) {
      warn(`extraction of ${doc.id} failed, its facts are left out: ${(error as Error).message}`);
      byKey.set(keyOf(doc), { article: doc.id, ...(doc.date ? { date: doc.date } : {}), entities: [], facts: [] });
    }
  };
  const extractAll = async (docs: ArticleDoc[], onProgress?: (done: number, total: number) => void, warn: (line: string) => void = () => {}) => {
    const keys = docs.map(keyOf);
    let missing = docs.filter((_, i) => !byKey.has(keys[i]));
    if (missing.length >= WORKER_THRESHOLD) {
      const fresh = await extractInWorkers(missing).catch(() => undefined); // a failure: one by one below
      fresh?.forEach((extraction, i) => byKey.set(keyOf(missing[i]), extraction));
      if (fresh) missing = [];
    }
    for (const doc of missing) {
      tolerant(doc, warn);
      await yieldToRequests();
    }
    onProgress?.(docs.length, docs.length);
    return keys.map((k) => byKey.get(k)!);
  };
  const retain = (docs: readonly ArticleDoc[]) => {
    const keep = new Set(docs.map(keyOf));
    for (const key of byKey.keys()) if (!keep.has(key)) byKey.delete(key);
  };
  return { extractAll, extract, retain, get size() { return byKey.size; } };
}
