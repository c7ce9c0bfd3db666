// The graph a command works on, from a data folder (articles/ + graph.json): the
// snapshot when it is there, readable and not older than the newest article; otherwise
// a build of the articles, saved as the new snapshot.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFoundError } from '../errors.ts';
import { buildCorpus } from '../graph/build-corpus.ts';
import { newestArticleTime } from '../store/newest-article-time.ts';
import { modifiedAt, readSnapshot, writeSnapshot } from '../store/snapshot.ts';
import type { KnowledgeGraph } from '../types.ts';

export interface LoadedGraph {
  graph: KnowledgeGraph;
  source: 'snapshot' | 'built';
  articlesDir: string;
  snapshotPath: string;
}

/** @example const { graph, source } = await loadGraph('data', (line) => process.stderr.write(line + '\n')); */
export async function loadGraph(dataDir: string, warn: (line: string) => void = () => {}): Promise<LoadedGraph> {
  const articlesDir = join(dataDir, 'articles');
  const snapshotPath = join(dataDir, 'graph.json');
  const [snapshotTime, newest] = await Promise.all([modifiedAt(snapshotPath), newestArticleTime(articlesDir)]);
  if (snapshotTime !== undefined && (newest === undefined || snapshotTime >= newest)) {
    const graph = await readSnapshot(snapshotPath);
    if (graph) return { graph, source: 'snapshot', articlesDir, snapshotPath };
    warn(`snapshot ${snapshotPath} is unreadable; rebuilding`);
  }
  if (newest === undefined) {
    throw new NotFoundError(`cli: no graph in "${dataDir}": no readable ${snapshotPath} and no articles in ${articlesDir}. Run "conflict-kg build" or add articles.`);
  }
  const { graph, stats } = await buildCorpus(articlesDir, { warn });
  warn(`built the graph from ${stats.articles} articles (${stats.nodes} nodes, ${stats.edges} edges) in ${stats.seconds.toFixed(1)} s`);
  await mkdir(dataDir, { recursive: true });
  await writeSnapshot(graph, snapshotPath);
  return { graph, source: 'built', articlesDir, snapshotPath };
}
