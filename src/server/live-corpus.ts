// The corpus a running server serves and ingests into. At start-up it serves the snapshot
// as soon as the articles on disk are known to match it (its corpus digest), else answers
// 503 with progress until the graph is built. A posted article is stored durably, then
// read (the extractor's worker pool) and resolved by the graph builder in its own thread,
// and the diff it returns is applied to the served graph in one synchronous step, or a
// large one (a 1 MB article) in slices while reads are answered only with answers kept
// from before it (wait-for-whole-graph.ts): the event loop that answers reads only stores
// files, decodes diffs (a chunk per turn) and applies them; the search index then catches
// up in slices.
// The merge is order-independent, so the served graph equals a clean rebuild of the folder
// by construction: no rebuild follows a POST.
import { unlink } from 'node:fs/promises';
import { UnavailableError } from '../errors.ts';
import type { GraphBuilder, BuilderProgress } from '../graph/graph-builder.ts';
import { applyDiff, diffSize, diffSteps, type GraphDiff } from '../graph/graph-diff.ts';
import { importSerialized } from '../graph/from-serialized.ts';
import { refreshNameIndex } from '../query/name-index.ts';
import { addArticle, type AddedArticle, type NewArticle } from '../store/add-article.ts';
import type { CorpusPaths } from '../store/corpus-paths.ts';
import { readSnapshot } from '../store/snapshot.ts';
import type { KnowledgeGraph } from '../types.ts';
import type { ExtractionSummary } from '../graph/extraction-summary.ts';
import { serialQueue } from './serial-queue.ts';
import { createTimings, type Timings } from './timings.ts';

export type CorpusState = 'starting' | 'building' | 'ok' | 'stopping' | 'failed';

export interface CorpusStatus {
  state: CorpusState;
  /** Where the served graph came from. */
  source?: 'snapshot' | 'built';
  /** Start-up work: reading, extracting or resolving `done` of `total` articles. */
  progress?: { phase: string; done: number; total: number };
  /** Posted articles stored and not yet in the served graph. */
  pending: number;
  /** Whether POSTs are merged at once (false while the builder opens the corpus). */
  writable: boolean;
  timings: ReturnType<Timings['summary']>;
  error?: string;
}

export interface Ingested {
  stored: AddedArticle;
  /** What was read; absent when the article was already stored or is queued. */
  extracted?: ExtractionSummary;
  /** True when the graph was still being built: stored, merged once the build is done. */
  queued?: boolean;
  nodes: string[];
  edges: string[];
}

export interface LiveCorpusOptions {
  paths: CorpusPaths;
  builder: GraphBuilder;
  /** How long a POST waits for the start-up build before answering 202 (default 10 s). */
  acceptTimeoutMs?: number;
  /** Called right after each diff is applied, in the same synchronous step (metrics, tests). */
  onApplied?: (diff: GraphDiff) => void;
  /** How large diffs are applied over several turns (DEFAULT_STEP_OPTIONS). */
  steps?: Partial<StepOptions>;
  log?: (line: string) => void;
}

/** A large diff being applied over several turns: no read may be answered from the graph until `done`. */
export interface Settling {
  id: number;
  done: Promise<void>;
}

export interface LiveCorpus {
  /** Loads the snapshot or builds the graph; resolves when reads are answered. */
  start(): Promise<void>;
  status(): CorpusStatus;
  /** Set while a large diff is being applied (the graph is half changed), else undefined. */
  settling(): Settling | undefined;
  add(article: NewArticle): Promise<Ingested>;
  /** Refuses new articles, waits up to `graceMs` for those in progress, saves, stops the threads. */
  close(graceMs?: number): Promise<void>;
}

export interface StepOptions {
  /** Diffs of more changes than this are applied over several turns: a 1 MB article's 8,000, not an ordinary article's 50. */
  above: number;
  /** Changes between two looks at the clock. */
  every: number;
  /** The longest the graph is changed in one turn before reads kept from before get their turn. */
  sliceMs: number;
}

export const DEFAULT_STEP_OPTIONS: StepOptions = { above: 2000, every: 100, sliceMs: 8 };

/** `p`, or undefined after `ms` (the timer does not keep the process up). */
const until = <T>(p: Promise<T>, ms: number): Promise<T | undefined> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
    timer.unref();
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
};

/** @example const corpus = createLiveCorpus(graph, { paths, builder: createGraphThread({ paths }) }); await corpus.start(); */
export function createLiveCorpus(graph: KnowledgeGraph, options: LiveCorpusOptions): LiveCorpus {
  const { paths, builder, log = () => {}, onApplied = () => {} } = options;
  const status: Omit<CorpusStatus, 'timings'> = { state: 'starting', pending: 0, writable: false };
  const timings = createTimings();
  const store = serialQueue();
  const inFlight = new Set<Promise<unknown>>();
  let opened: Promise<void> = new Promise(() => {});
  const steps = { ...DEFAULT_STEP_OPTIONS, ...options.steps };
  let settling: Settling | undefined;
  let settlings = 0;
  let applied: Promise<void> = Promise.resolve();

  /**
   * Applies diffs one after the other. An ordinary one in one synchronous step; a large one
   * (60 ms for a 1 MB article) a slice of `sliceMs` per turn while `settling` is set, during
   * which the app answers reads only with answers kept from before it (create-app.ts).
   */
  const apply = (diff: GraphDiff) => {
    const run = applied.then(async () => {
      if (diffSize(diff) <= steps.above) {
        applyDiff(graph, diff);
        return onApplied(diff);
      }
      let whole = () => {};
      settling = { id: ++settlings, done: new Promise<void>((resolve) => (whole = resolve)) };
      try {
        let slice = performance.now();
        for (const _ of diffSteps(graph, diff, steps.every)) {
          if (performance.now() - slice < steps.sliceMs) continue;
          await new Promise((resolve) => setImmediate(resolve));
          slice = performance.now();
        }
        onApplied(diff);
      } finally {
        settling = undefined;
        whole();
      }
    });
    applied = run.catch(() => {});
    return run;
  };

  /** Serves the snapshot when it was built from exactly the articles on disk. */
  const serveSnapshot = async (snapshot: Promise<unknown>, digest: Promise<string>) => {
    const data = (await snapshot) as { attributes?: { corpus?: string } } | undefined;
    if (!data || data.attributes?.corpus !== (await digest) || !importSerialized(graph, data)) return false;
    [status.state, status.source] = ['ok', 'snapshot'];
    return true;
  };

  async function start(): Promise<void> {
    const snapshot = readSnapshot(paths.snapshotPath);
    let knowDigest: (d: string) => void = () => {};
    const reported = new Promise<string>((resolve) => (knowDigest = resolve));
    const opening = builder.open((p: BuilderProgress) => {
      status.progress = { phase: p.phase, done: p.done, total: p.total };
      if (p.digest) knowDigest(p.digest);
    });
    opened = opening.then(() => void (status.writable = true), () => {});
    // the digest is known once the articles are read, long before they are all resolved
    if (!(await serveSnapshot(snapshot, Promise.race([reported, opening.then((o) => o.digest)])))) status.state = 'building';
    const result = await opening;
    if (status.state === 'building') {
      const full = await builder.full();
      graph.clear();
      applyDiff(graph, full);
      onApplied(full);
      [status.state, status.source] = ['ok', 'built'];
      await builder.flush(true);
    } else await builder.flush();
    status.progress = undefined;
    log(`graph ready: ${result.nodes} nodes, ${result.edges} edges from ${result.articles} articles (${status.source ?? `not served: ${status.state}`})`);
  }

  const merge = async (stored: AddedArticle) => {
    const started = performance.now();
    const added = await builder.add(stored.doc).then(async (a) => {
      // in the order the builder answered: each diff follows the one before. While the graph
      // is still being built the whole graph, asked for after this answer, already holds it
      if (status.state !== 'ok' && status.state !== 'stopping') return a;
      await apply(a.diff);
      void refreshNameIndex(graph); // the search index catches up in slices, not in the next search
      return a;
    }, async (error) => {
      // the extractor could not read it: not kept, so a retry is not "already there";
      // anything else (the builder stopped) leaves it stored, for the next start-up
      if ((error as { code?: string }).code === 'KG_UNPROCESSABLE') await unlink(stored.path).catch(() => {});
      throw error;
    });
    timings.record({ extractMs: added.extractMs, mergeMs: added.mergeMs, roundTripMs: performance.now() - started });
    // the answer (a 1 MB article's lists 2 MB of JSON) is written in a turn of its own, not the apply's
    await new Promise((resolve) => setImmediate(resolve));
    return { extracted: added.extracted, ...added.touched };
  };

  async function ingest(article: NewArticle): Promise<Ingested> {
    if (status.state === 'stopping') throw new UnavailableError('POST /api/articles: the server is shutting down; retry on the next one.', { retryAfter: 5 });
    const stored = await store(() => addArticle(paths.articlesDir, article));
    if (!stored.created) return { stored, nodes: [], edges: [] };
    status.pending++;
    const merged = merge(stored).finally(() => status.pending--);
    if (!status.writable && (await until(opened.then(() => true), options.acceptTimeoutMs ?? 10_000)) === undefined) {
      void merged.catch((error) => log(`article ${stored.id} is stored; merging it failed: ${(error as Error).message}`));
      return { stored, queued: true, nodes: [], edges: [] };
    }
    return { stored, ...(await merged) };
  }

  return {
    start: () => start().catch((error) => {
      [status.state, status.error] = ['failed', (error as Error).message];
      log(`could not open the corpus: ${(error as Error).message}`);
    }),
    status: () => ({ ...status, timings: timings.summary() }),
    settling: () => settling,
    add(article) {
      const job = ingest(article);
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job)).catch(() => {});
      return job;
    },
    async close(graceMs = 10_000) {
      status.state = 'stopping';
      const settled = await until(Promise.allSettled([...inFlight]), graceMs);
      if (!settled) log(`shutdown: ${inFlight.size} article(s) still in progress after ${graceMs} ms; they are stored and will be merged at the next start`);
      await until(builder.close(), graceMs);
    },
  };
}
