// The live corpus of a data folder, wired and started: the graph builder in its own
// thread (or in-process, for tests and small tools), the extractor's worker pool for
// posted articles, the folder's paths. Reads are answered as soon as start() has served
// the snapshot or built the graph; until then the app answers 503 with progress.
import { availableParallelism } from 'node:os';
import { createExtractor } from '../graph/extractor.ts';
import { createGraphBuilder } from '../graph/graph-builder.ts';
import { createGraphThread } from '../graph/graph-thread.ts';
import { corpusPaths } from '../store/corpus-paths.ts';
import { removeStaleTemps } from '../store/remove-stale-temps.ts';
import type { KnowledgeGraph } from '../types.ts';
import { createLiveCorpus, type LiveCorpus, type LiveCorpusOptions } from './live-corpus.ts';

export interface OpenLiveCorpusOptions {
  dataDir: string;
  /** Builder in a worker thread and extraction in a worker pool (default true); false runs both in-process. */
  threads?: boolean;
  /** Extraction threads for posted articles (default 1: one core left for reads on a small machine). */
  extractWorkers?: number;
  /** How long a POST waits for the start-up build before answering 202 (default 10 s). */
  acceptTimeoutMs?: number;
  /** Snapshot write debounce after the last article (default 2 s) and bound (default 60 s). */
  snapshotDelayMs?: number;
  snapshotMaxDelayMs?: number;
  onApplied?: LiveCorpusOptions['onApplied'];
  log?: (line: string) => void;
}

/** @example const corpus = openLiveCorpus(graph, { dataDir: 'data' }); const app = createApp(graph, { corpus }); */
export function openLiveCorpus(graph: KnowledgeGraph, options: OpenLiveCorpusOptions): LiveCorpus {
  const { threads = true, log = () => {} } = options;
  const paths = corpusPaths(options.dataDir);
  const builderOptions = { paths, workers: threads ? availableParallelism() : 0, snapshotDelayMs: options.snapshotDelayMs, snapshotMaxDelayMs: options.snapshotMaxDelayMs, warn: log };
  const extractor = createExtractor({ workers: threads ? (options.extractWorkers ?? 1) : 0, warn: log });
  const corpus = createLiveCorpus(graph, {
    paths, log, acceptTimeoutMs: options.acceptTimeoutMs, onApplied: options.onApplied, extractor,
    builder: threads ? createGraphThread(builderOptions) : createGraphBuilder(builderOptions),
  });
  // temp files a killed writer left behind go first, so the builder does not read them
  // the pool warms up once reads are answered (not competing with the start-up for the cores),
  // so the first POST does not wait for it to load the model
  void Promise.all([removeStaleTemps(paths.articlesDir), removeStaleTemps(options.dataDir)]).then(() => corpus.start()).then(() => extractor.warm());
  return corpus;
}
