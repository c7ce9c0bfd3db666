// A node:worker_threads pool that runs extractArticle on many articles at once: docs go
// out in batches (one message per ~50 articles, fewer towards the end), extractions come
// back in input order.
// Workers compile the TypeScript sources as they load them (register-ts.cjs): the pool
// runs from source.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InvalidInputError, UnprocessableError } from '../errors.ts';
import type { ArticleDoc, ArticleExtraction } from '../types.ts';
import type { WorkerReply } from './extract-worker.ts';

export interface ExtractInWorkersOptions {
  /** Number of worker threads; defaults to os.availableParallelism(). */
  workers?: number;
  /** Articles per message; smaller batches are used when there are few docs. */
  batchSize?: number;
}

const WORKER_URL = new URL('./extract-worker.ts', import.meta.url);
// compiles .ts on require() inside the worker's own thread, as tsx does but without its
// keepNames (register-ts.cjs says why)
const REGISTER_TS = fileURLToPath(new URL('./register-ts.cjs', import.meta.url));
// Node 20 applies neither `--import tsx` in a worker's execArgv nor module.register() to
// a worker's entry module, so the worker starts from this script and requires the entry.
const BOOT = `require(${JSON.stringify(REGISTER_TS)}); require(${JSON.stringify(fileURLToPath(WORKER_URL))});`;
const DEFAULT_BATCH = 50;
// Batches queued on each worker: while it posts one batch's extractions back, the next is
// already in its inbox, so it never waits for the main thread to answer.
const IN_FLIGHT = 2;
// Extraction allocates ~2.5 MB an article that is garbage once the article is done; V8's
// default young generation (16 MB semi-spaces) is scavenged every few articles. 64 MB
// semi-spaces (young generation = 3 × semi-space) cut scavenging time by a third.
const WORKER_OPTIONS = { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 192 } } as const;

export interface ExtractPool {
  /** Extracts `docs` on the pool's workers; results in input order. */
  run(docs: ArticleDoc[], onProgress?: (done: number, total: number) => void): Promise<ArticleExtraction[]>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * A pool of worker threads that stays up between runs, so start-up (loading TypeScript,
 * the NLP model and the lexicon, warming the JIT) is paid once per process.
 * @example const pool = createExtractPool(2); const a = await pool.run(docs); await pool.close();
 */
export function createExtractPool(workers: number = availableParallelism()): ExtractPool {
  if (!Number.isInteger(workers) || workers < 1) throw new InvalidInputError(`extractInWorkers: option "workers" must be a positive integer, got ${workers}.`);
  const pool = Array.from({ length: workers }, () => new Worker(BOOT, WORKER_OPTIONS));
  let busy = false;
  return {
    async run(docs, onProgress) {
      if (busy) throw new InvalidInputError('extractInWorkers: the pool is already running a batch.');
      if (!docs.length) return [];
      busy = true;
      try {
        return await runOnPool(pool, docs, onProgress, Math.max(1, Math.min(DEFAULT_BATCH, Math.ceil(docs.length / (pool.length * 4)))));
      } finally {
        busy = false;
      }
    },
    async close() {
      await Promise.all(pool.map((worker) => worker.terminate()));
    },
  };
}

let nextBatchId = 0;

/**
 * Where each batch starts: `size` articles, fewer towards the end (a share of what is left
 * per worker and batch in flight), so that the workers finish together instead of one
 * idling while the other works through a last full batch.
 * @example batchStarts(20, 4, 2) // → [0, 3, 6, 8, 10, 12, 13, 14, 15, 16, 17, 18, 19]
 */
function batchStarts(total: number, size: number, workers: number): number[] {
  const starts: number[] = [];
  for (let at = 0; at < total; at += Math.max(1, Math.min(size, Math.ceil((total - at) / (2 * workers * IN_FLIGHT))))) starts.push(at);
  return starts;
}

function runOnPool(pool: Worker[], docs: ArticleDoc[], onProgress: ((done: number, total: number) => void) | undefined, batchSize: number): Promise<ArticleExtraction[]> {
  const batches = batchStarts(docs.length, batchSize, pool.length);
  const results: ArticleExtraction[] = new Array(docs.length);
  const listeners: Array<[Worker, string, (...args: any[]) => void]> = [];
  const on = (worker: Worker, event: string, fn: (...args: any[]) => void) => {
    worker.on(event, fn);
    listeners.push([worker, event, fn]);
  };
  // batch ids are unique per process: a reply left over from a failed run (its batches
  // were queued on the workers) is not taken for one of this run
  const firstId = nextBatchId;
  nextBatchId += batches.length;
  return new Promise<ArticleExtraction[]>((resolve, reject) => {
    let next = 0;
    let done = 0;
    const send = (worker: Worker) => {
      if (next >= batches.length) return;
      const batch = next++;
      worker.postMessage({ batch: firstId + batch, docs: docs.slice(batches[batch], batches[batch + 1] ?? docs.length) });
    };
    for (const worker of pool) {
      on(worker, 'message', (reply: WorkerReply) => {
        if (reply.batch < firstId || reply.batch >= firstId + batches.length) return;
        if (!reply.ok) {
          reject(new UnprocessableError(`extract: article "${reply.article}" failed in a worker: ${reply.message}`, { article: reply.article, stack: reply.stack }));
          return;
        }
        reply.extractions.forEach((extraction, i) => (results[batches[reply.batch - firstId] + i] = extraction));
        done += reply.extractions.length;
        onProgress?.(done, docs.length);
        if (done === docs.length) resolve(results);
        else send(worker);
      });
      on(worker, 'error', (error: Error) => reject(new UnprocessableError(`extract: a worker crashed: ${error.message}`, { stack: error.stack })));
      on(worker, 'exit', (code: number) => {
        if (done < docs.length) reject(new UnprocessableError(`extract: a worker exited with code ${code} before the extraction finished.`));
      });
    }
    // round-robin, so that few batches still spread over every worker
    for (let k = 0; k < IN_FLIGHT; k++) for (const worker of pool) send(worker);
  }).finally(() => {
    for (const [worker, event, fn] of listeners) worker.off(event, fn);
  });
}

/**
 * Extracts every doc in a fresh pool of worker threads, then stops it. Rejects with
 * UnprocessableError (`details.article`) when an article fails.
 * @example const extractions = await extractInWorkers(docs, (done, total) => bar.update(done), { workers: 2 });
 */
export async function extractInWorkers(
  docs: ArticleDoc[],
  onProgress?: (done: number, total: number) => void,
  options: ExtractInWorkersOptions = {},
): Promise<ArticleExtraction[]> {
  const size = options.workers ?? availableParallelism();
  if (!Number.isInteger(size) || size < 1) throw new InvalidInputError(`extractInWorkers: option "workers" must be a positive integer, got ${size}.`);
  if (!docs.length) return [];
  const batchSize = Math.max(1, Math.min(options.batchSize ?? DEFAULT_BATCH, Math.ceil(docs.length / (size * 4))));
  const pool = Array.from({ length: Math.min(size, Math.ceil(docs.length / batchSize)) }, () => new Worker(BOOT, WORKER_OPTIONS));
  try {
    return await runOnPool(pool, docs, onProgress, batchSize);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
