// Builds the whole graph from a folder of articles: load (bad files skipped with a
// warning), extract, merge. Articles are merged in file-name order, so two builds of the
// same folder give the same graph.
import { extractArticle } from '../extract/extract-article.ts';
import { extractInWorkers } from '../extract/extract-in-workers.ts';
import { createResolver } from '../resolve/create-resolver.ts';
import { loadArticles, type SkippedFile } from '../store/load-articles.ts';
import type { ArticleDoc, ArticleExtraction, KnowledgeGraph } from '../types.ts';
import { createGraph } from './create-graph.ts';
import { mergeExtraction } from './merge-extraction.ts';

export interface BuildStats {
  articles: number;
  skipped: SkippedFile[];
  nodes: number;
  edges: number;
  seconds: number;
}

export interface BuildOptions {
  warn?: (line: string) => void;
  onProgress?: (done: number, total: number) => void;
  /** Extracts a batch of docs; defaults to a worker pool for ≥ WORKER_THRESHOLD docs, else in-process. */
  extractAll?: (docs: ArticleDoc[], onProgress?: (done: number, total: number) => void) => Promise<ArticleExtraction[]>;
}

/** From this many docs on, extraction runs in a worker pool (extract-in-workers.ts). */
export const WORKER_THRESHOLD = 200;

/** Builds a graph from already-loaded docs. */
export async function buildFromDocs(docs: ArticleDoc[], options: BuildOptions = {}): Promise<KnowledgeGraph> {
  // many docs: a worker pool; few: in-process, so small builds pay no worker start-up
  const extractAll = options.extractAll ?? (docs.length >= WORKER_THRESHOLD ? extractInWorkers : undefined);
  const extractions = extractAll
    ? await extractAll(docs, options.onProgress)
    : docs.map((doc, i) => {
        const extraction = extractArticle(doc);
        options.onProgress?.(i + 1, docs.length);
        return extraction;
      });
  const graph = createGraph();
  const resolver = createResolver(graph);
  for (const extraction of extractions) mergeExtraction(graph, extraction, resolver);
  graph.setAttribute('articles', docs.length);
  return graph;
}

/**
 * @example const { graph, stats } = await buildCorpus('data/articles');
 */
export async function buildCorpus(dir: string, options: BuildOptions = {}): Promise<{ graph: KnowledgeGraph; stats: BuildStats }> {
  const started = performance.now();
  const { docs, skipped } = await loadArticles(dir, options.warn);
  const graph = await buildFromDocs(docs, options);
  const seconds = (performance.now() - started) / 1000;
  return { graph, stats: { articles: docs.length, skipped, nodes: graph.order, edges: graph.size, seconds } };
}
