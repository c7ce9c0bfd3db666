// The graph a command works on, from a data folder (articles/ + graph.json): the
// snapshot when it is readable and was built from exactly the articles on disk (its
// `corpus` digest matches); otherwise a rebuild of the articles, saved as the new snapshot.
import { join } from 'node:path';
import { NotFoundError } from '../errors.ts';
import { createExtractionCache, type ExtractionCache } from '../graph/extraction-cache.ts';
import { rebuildCorpus } from '../graph/rebuild-corpus.ts';
import { corpusDigest } from '../store/corpus-digest.ts';
import { loadArticles } from '../store/load-articles.ts';
import { removeStaleTemps } from '../store/remove-stale-temps.ts';
import { readSnapshot, writeSnapshot } from '../store/snapshot.ts';
import type { ArticleDoc, KnowledgeGraph } from '../types.ts';

export interface LoadedGraph {
  graph: KnowledgeGraph;
  source: 'snapshot' | 'built';
  articlesDir: string;
  snapshotPath: string;
  /** Extractions made by the build (empty after a snapshot), for the server's later rebuilds. */
  extractions: ExtractionCache;
  /** The articles on disk (empty when there are none), e.g. for their outlets. */
  docs: ArticleDoc[];
}

/** Why the snapshot cannot be used, or undefined when it can. */
function staleness(snapshot: KnowledgeGraph | undefined, digest: string | undefined): string | undefined {
  if (!snapshot) return 'missing or unreadable';
  if (digest === undefined) return undefined; // no articles to rebuild from: the snapshot is all there is
  if (snapshot.getAttribute('corpus') !== digest) return 'stale (the articles changed since it was written)';
  return undefined;
}

/** @example const { graph, source } = await loadGraph('data', (line) => process.stderr.write(line + '\n')); */
export async function loadGraph(dataDir: string, warn: (line: string) => void = () => {}): Promise<LoadedGraph> {
  const articlesDir = join(dataDir, 'articles');
  const snapshotPath = join(dataDir, 'graph.json');
  const extractions = createExtractionCache();
  await Promise.all([removeStaleTemps(articlesDir), removeStaleTemps(dataDir)]);
  const [snapshot, corpus] = await Promise.all([readSnapshot(snapshotPath), loadArticles(articlesDir).catch(() => undefined)]);
  const digest = corpus?.docs.length ? corpusDigest(corpus.docs) : undefined;
  const problem = staleness(snapshot, digest);
  if (snapshot && !problem) return { graph: snapshot, source: 'snapshot', articlesDir, snapshotPath, extractions, docs: corpus?.docs ?? [] };
  if (digest === undefined) {
    throw new NotFoundError(`cli: no graph in "${dataDir}": no readable ${snapshotPath} and no articles in ${articlesDir}. Run "conflict-kg build" or add articles.`);
  }
  warn(`snapshot ${snapshotPath} is ${problem}; rebuilding from ${articlesDir}`);
  const started = performance.now();
  const { graph, docs } = await rebuildCorpus(articlesDir, extractions, warn);
  warn(`built the graph from ${docs.length} articles (${graph.order} nodes, ${graph.size} edges) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await writeSnapshot(graph, snapshotPath);
  return { graph, source: 'built', articlesDir, snapshotPath, extractions, docs };
}
