// What a live server needs from the graph module, in one place: open the data folder as a
// corpus graph, add each new article (one article's cost), hand out the diffs to replay,
// and keep the snapshot and extraction log on disk current without a write per article:
// the snapshot is saved once adds pause (2 s), at most a minute after the first unsaved
// one, and on flush (shutdown). This builder runs wherever it is created; the server runs
// it in a worker thread (graph-thread.ts), tests and small tools in-process.
import type { CorpusPaths } from '../store/corpus-paths.ts';
import type { ArticleDoc, ArticleExtraction } from '../types.ts';
import type { Touched } from './corpus-graph.ts';
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
  /** Time spent resolving and building the diff. */
  ms: number;
}

export interface GraphBuilder {
  open(onProgress?: (p: BuilderProgress) => void): Promise<Opened>;
  add(doc: ArticleDoc, extraction: ArticleExtraction): Promise<Added>;
  /** The whole graph as one diff onto an empty graph. */
  full(): Promise<GraphDiff>;
  /** Saves the snapshot and log now when anything is unsaved (or always, with `force`). */
  flush(force?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface BuilderOptions {
  paths: CorpusPaths;
  /** Extraction threads for articles the log lacks at start-up (0: in-process). */
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
      await extractor.close(); // the server's own pool reads new articles; this one was for the start-up
      const { graph } = opened.corpus;
      return { digest: opened.digest(), articles: opened.corpus.articles, nodes: graph.order, edges: graph.size };
    },
    async add(doc, extraction) {
      const corpus = await need();
      const started = performance.now();
      const { diff, touched } = corpus.add([[doc, extraction]]);
      const ms = performance.now() - started;
      if (opened!.unsaved) schedule();
      return { diff, touched: touched.get(extraction.article)!, ms };
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
