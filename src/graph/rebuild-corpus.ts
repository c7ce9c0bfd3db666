// The deterministic graph of an articles folder, as the server keeps it: exactly what
// buildCorpus builds (file-name order, one resolver), with extractions taken from a
// cache and the corpus digest recorded, so a snapshot of it can be checked at start-up.
import { corpusDigest } from '../store/corpus-digest.ts';
import { loadArticles, type SkippedFile } from '../store/load-articles.ts';
import type { ArticleDoc, KnowledgeGraph } from '../types.ts';
import { buildFromDocs } from './build-corpus.ts';
import type { ExtractionCache } from './extraction-cache.ts';

export interface RebuiltCorpus {
  graph: KnowledgeGraph;
  /** corpusDigest of `docs`, also the graph attribute `corpus`. */
  digest: string;
  docs: ArticleDoc[];
  skipped: SkippedFile[];
}

/**
 * @example const { graph, digest } = await rebuildCorpus('data/articles', createExtractionCache());
 */
export async function rebuildCorpus(dir: string, cache: ExtractionCache, warn?: (line: string) => void): Promise<RebuiltCorpus> {
  const { docs, skipped } = await loadArticles(dir, warn);
  const graph = await buildFromDocs(docs, { extractAll: (all, progress) => cache.extractAll(all, progress, warn) });
  const digest = corpusDigest(docs);
  graph.setAttribute('corpus', digest);
  cache.retain(docs);
  return { graph, digest, docs, skipped };
}
