// What a live server needs from the graph module, in one place: open the data folder as a
// corpus graph, read and add each new article (the extractor's worker pool, then one
// article's merge), hand out the diffs to replay, and keep the snapshot and extraction log
// on disk current without a write per article: the snapshot is saved once adds pause
// (2 s), at most a minute after the first unsaved one, and on flush (shutdown). Articles
// are read concurrently and merged one at a time in the order their reading ends: the
// merge does not depend on order. The server runs this builder in a worker thread
// (graph-thread.ts), so neither a 1 MB extraction nor its merge touches the thread that
// answers reads; tests and small tools run it in-process.
import type { CorpusPaths } from '../store/corpus-paths.ts';
import type { ArticleDoc } from '../types.ts';
import type { Touched } from './corpus-graph.ts';
import { summarizeExtraction, type ExtractionSummary } from './extraction-summary.ts';
import { createExtractor } from './extractor.ts';
import { diffOf, type GraphDiff } from './graph-diff.ts';
import { openCorpus, type CorpusOnDisk, type OpenPhase } from './open-corpus.ts';

export interface BuilderProgress {
  phase: OpenPhase;
  done: number;
  total: number;
  /** The corpus digest of the articles on disk, known once they are read. */
  digest?: string;
}

export interface Opened {
  digest: string;
  articles: number;
  nodes: number;
  edges: number;
}

export interface Added {
  diff: GraphDiff;
  touched: Touched;
  extracted: ExtractionSummary;
  /** Time spent reading the article (in the pool) and merging it (resolution and diff). */
  extractMs: number;
  mergeMs: number;
}

export interface GraphBuilder {
  open(onProgress?: (p: BuilderProgress) => void): Promise<Opened>;
  /** Reads a stored article and merges it; rejects with the extractor's error when it cannot be read. */
  add(doc: ArticleDoc): Promise<Added>;
  /** The whole graph as one diff onto an empty graph. */
  full(): Promise<GraphDiff>;
  /** Saves the snapshot and log now when anything is unsaved (or always, with `force`). */
  flush(force?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface BuilderOptions {
  paths: CorpusPaths;
  /** Extraction threads, for articles the log lacks at start-up and new ones (0: in-process). */
  workers?: number;
  snapshotDelayMs?: number;
  snapshotMaxDelayMs?: number;
  warn?: (line: string) => void;
}

/** @example const builder = createGraphBuilder({ paths: corpusPaths('data') }); await builder.open(); */
export function createGraphBuilder(options: BuilderOptions): GraphBuilder {
  const { paths, warn = () => {} } = options;
  const delay = options.snapshotDelayMs ?? 2000;
  const maxDelay = options.snapshotMaxDelayMs ?? 60_000;
  const extractor = createExtractor({ workers: options.workers, warn });
  let opened: CorpusOnDisk | undefined;
  let opening: Promise<CorpusOnDisk> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let firstUnsavedAt: number | undefined;
  let saving: Promise<void> = Promise.resolve();
  let merging: Promise<unknown> = Promise.resolve();

  const save = () => {
    clearTimeout(timer);
    [timer, firstUnsavedAt] = [undefined, undefined];
    saving = saving.then(() => opened!.save()).catch((error) => warn(`could not save the snapshot: ${(error as Error).message}`));
    return saving;
  };
  const schedule = () => {
    firstUnsavedAt ??= Date.now();
    clearTimeout(timer);
    timer = setTimeout(() => void save(), Math.max(0, Math.min(delay, firstUnsavedAt + maxDelay - Date.now())));
    timer.unref?.();
  };
  // calls made while the corpus is being opened wait for it (a POST during start-up)
  const need = async () => {
    if (!opening) throw new Error('graph builder: open() first');
    return opening;
  };

  return {
    async open(onProgress = () => {}) {
      opening = openCorpus(paths, { extractor, warn, onProgress: (phase, done, total, digest) => onProgress({ phase, done, total, digest }) });
      opened = await opening;
      await extractor.warm(); // when the log had everything, the pool starts now: writable means ready for POSTs
      const { graph } = opened.corpus;
      return { digest: opened.digest(), articles: opened.corpus.articles, nodes: graph.order, edges: graph.size };
    },
    async add(doc) {
      const corpus = await need();
      const started = performance.now();
      const extraction = await extractor.one(doc);
      const extractMs = performance.now() - started;
      // merges one at a time; each diff follows the one before it
      const merged = merging.then(() => {
        const at = performance.now();
        const { diff, touched } = corpus.add([[doc, extraction]]);
        if (opened!.unsaved) schedule();
        return { diff, touched: touched.get(extraction.article)!, extracted: summarizeExtraction(extraction), extractMs, mergeMs: performance.now() - at };
      });
      merging = merged.catch(() => {});
      return merged;
    },
    async full() {
      return diffOf((await need()).corpus.graph);
    },
    async flush(force = false) {
      await saving;
      if (force || (await need()).unsaved) await save();
    },
    async close() {
      clearTimeout(timer);
      if (opening) await this.flush().catch((error) => warn(`could not save at close: ${(error as Error).message}`));
      await extractor.close();
    },
  };
}
