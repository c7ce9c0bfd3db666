// The graph a command works on, from a data folder (articles/ + graph.json): the
// snapshot when it is readable and was built from exactly the articles on disk (its
// `corpus` digest matches); otherwise the graph of the articles, saved as the new
// snapshot (extractions come from the extraction log when it has them).
import { NotFoundError } from '../errors.ts';
import { createExtractor } from '../graph/extractor.ts';
import { fromSerialized } from '../graph/from-serialized.ts';
import { openCorpus } from '../graph/open-corpus.ts';
import { corpusDigest, docKey } from '../store/corpus-digest.ts';
import { corpusPaths, type CorpusPaths } from '../store/corpus-paths.ts';
import { loadArticles } from '../store/load-articles.ts';
import { removeStaleTemps } from '../store/remove-stale-temps.ts';
import { readSnapshot } from '../store/snapshot.ts';
import type { KnowledgeGraph } from '../types.ts';

export interface LoadedGraph {
  graph: KnowledgeGraph;
  source: 'snapshot' | 'built';
  paths: CorpusPaths;
}

const graphOf = (data: unknown) => { try { return fromSerialized(data); } catch { return undefined; } };

/** @example const { graph, source } = await loadGraph('data', (line) => process.stderr.write(line + '\n')); */
export async function loadGraph(dataDir: string, warn: (line: string) => void = () => {}): Promise<LoadedGraph> {
  const paths = corpusPaths(dataDir);
  await Promise.all([removeStaleTemps(paths.articlesDir), removeStaleTemps(dataDir)]);
  const [data, corpus] = await Promise.all([readSnapshot(paths.snapshotPath), loadArticles(paths.articlesDir).catch(() => undefined)]);
  const snapshot = data === undefined ? undefined : graphOf(data);
  if (!corpus?.docs.length) {
    if (snapshot) return { graph: snapshot, source: 'snapshot', paths }; // no articles to rebuild from: the snapshot is all there is
    throw new NotFoundError(`cli: no graph in "${dataDir}": no readable ${paths.snapshotPath} and no articles in ${paths.articlesDir}. Run "conflict-kg build" or add articles.`);
  }
  if (snapshot && snapshot.getAttribute('corpus') === corpusDigest(corpus.docs.map(docKey))) return { graph: snapshot, source: 'snapshot', paths };
  warn(`snapshot ${paths.snapshotPath} is ${snapshot ? 'stale (the articles or the code changed since it was written)' : 'missing or unreadable'}; rebuilding from ${paths.articlesDir}`);
  const started = performance.now();
  const extractor = createExtractor({ warn });
  const opened = await openCorpus(paths, { extractor, warn }).finally(() => extractor.close());
  await opened.save();
  const { graph } = opened.corpus;
  warn(`built the graph from ${opened.corpus.articles} articles (${graph.order} nodes, ${graph.size} edges) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { graph, source: 'built', paths };
}
