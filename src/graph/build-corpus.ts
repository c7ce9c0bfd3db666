// Builds the whole graph from a folder of articles: load (bad files skipped with a
// warning), extract, resolve. The graph is a function of the set of articles (the corpus
// graph), so two builds of the same folder, or a live server fed the same articles in
// another order, give the same graph.
import { loadArticles, type SkippedFile } from '../store/load-articles.ts';
import type { ArticleDoc, KnowledgeGraph } from '../types.ts';
import { createCorpusGraph } from './corpus-graph.ts';
import { createExtractor, type Extractor } from './extractor.ts';

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
  /** Default: a worker pool for ≥ WORKER_THRESHOLD docs (extractor.ts), else in-process. */
  extractor?: Extractor;
}

/** Builds a graph from already-loaded docs; an article the extractor cannot read is left out with a warning. */
export async function buildFromDocs(docs: ArticleDoc[], options: BuildOptions = {}): Promise<KnowledgeGraph> {
  const extractor = options.extractor ?? createExtractor({ warn: options.warn });
  try {
    const corpus = createCorpusGraph();
    corpus.add(await extractor.all(docs, options.onProgress));
    return corpus.graph;
  } finally {
    if (!options.extractor) await extractor.close();
  }
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
