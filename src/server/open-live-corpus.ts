// The live corpus of a data folder, wired and started: the graph builder in its own
// thread with the extractor's worker pool (or both in-process, for tests and small tools),
// the folder's paths. Reads are answered as soon as start() has served
// the snapshot or built the graph; until then the app answers 503 with progress.
import { availableParallelism } from 'node:os';
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
  /** Extraction threads (default os.availableParallelism(); an article uses one, so reads keep a core on a small machine). */
  extractWorkers?: number;
  /** How long a POST waits for the start-up build before answering 202 (default 10 s). */
  acceptTimeoutMs?: number;
  /** Snapshot write debounce after the last article (default 2 s) and bound (default 60 s). */
  snapshotDelayMs?: number;
  snapshotMaxDelayMs?: number;
  onApplied?: LiveCorpusOptions['onApplied'];
  steps?: LiveCorpusOptions['steps'];
  log?: (line: string) => void;
}

/** @example const corpus = openLiveCorpus(graph, { dataDir: 'data' }); const app = createApp(graph, { corpus }); */
export function openLiveCorpus(graph: KnowledgeGraph, options: OpenLiveCorpusOptions): LiveCorpus {
  const { threads = true, log = () => {} } = options;
  const paths = corpusPaths(options.dataDir);
  const workers = threads ? (options.extractWorkers ?? availableParallelism()) : 0;
  const builderOptions = { paths, workers, snapshotDelayMs: options.snapshotDelayMs, snapshotMaxDelayMs: options.snapshotMaxDelayMs, warn: log };
  const corpus = createLiveCorpus(graph, {
    paths, log, acceptTimeoutMs: options.acceptTimeoutMs, onApplied: options.onApplied, steps: options.steps,
    builder: threads ? createGraphThread(builderOptions) : createGraphBuilder(builderOptions),
  });
  // temp files a killed writer left behind go first, so the builder does not read them
  void Promise.all([removeStaleTemps(paths.articlesDir), removeStaleTemps(options.dataDir)]).then(() => corpus.start());
  return corpus;
}
