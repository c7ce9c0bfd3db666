// The extractor as the graph module uses it: articles to extractions, in the extractor's
// worker pool (createExtractPool) so no thread that answers requests runs it, or in-process
// for a handful. Concurrent requests share the pool: docs that arrive while it is busy go
// out together in its next run. An article the extractor cannot read fails alone: the pool
// is replaced (a failed run may still have replies in flight) and the others run again.
import { availableParallelism } from 'node:os';
import { extractArticle } from '../extract/extract-article.ts';
import { createExtractPool, type ExtractPool } from '../extract/extract-in-workers.ts';
import type { ArticleDoc, ArticleExtraction } from '../types.ts';

/** From this many docs on, a build without a pool of its own starts one. */
export const WORKER_THRESHOLD = 200;

export interface Extractor {
  /** Many docs (a build, a start-up): an article that fails is left out with a warning. */
  all(docs: ArticleDoc[], onProgress?: (done: number, total: number) => void): Promise<ArticleExtraction[]>;
  /** One doc (a POST): rejects with the extractor's error when it cannot be read. */
  one(doc: ArticleDoc): Promise<ArticleExtraction>;
  /** Starts the pool now (its threads load the model and lexicon), so the first article does not wait for it. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtractorOptions {
  /** Worker threads; 0 reads in-process. Default: a pool of os.availableParallelism() for ≥ WORKER_THRESHOLD docs, else in-process. */
  workers?: number;
  warn?: (line: string) => void;
}

interface Job {
  doc: ArticleDoc;
  resolve: (e: ArticleExtraction) => void;
  reject: (error: unknown) => void;
}

const empty = (doc: ArticleDoc): ArticleExtraction => ({ article: doc.id, ...(doc.date ? { date: doc.date } : {}), entities: [], facts: [] });

/** @example const extractor = createExtractor({ workers: 2 }); await extractor.one(doc); await extractor.close(); */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const warn = options.warn ?? (() => {});
  let pool: ExtractPool | undefined;
  let queue: Job[] = [];
  let running: Promise<void> | undefined;
  let progress: ((more: number) => void) | undefined;

  const workersFor = (n: number) => options.workers ?? (n >= WORKER_THRESHOLD ? availableParallelism() : 0);
  const runPool = async (jobs: Job[]): Promise<void> => {
    pool ??= createExtractPool(options.workers || availableParallelism());
    try {
      let reported = 0;
      const out = await pool.run(jobs.map((j) => j.doc), (done) => {
        progress?.(done - reported);
        reported = done;
      });
      jobs.forEach((j, i) => j.resolve(out[i]));
    } catch (error) {
      const failed = (error as { details?: { article?: string } }).details?.article;
      const stale = pool;
      pool = undefined;
      await stale.close();
      const bad = jobs.filter((j) => j.doc.id === failed);
      bad.forEach((j) => j.reject(error));
      const rest = jobs.filter((j) => j.doc.id !== failed);
      if (!bad.length) rest.forEach((j) => j.reject(error)); // not an article's fault: a crashed worker
      else if (rest.length) await runPool(rest);
    }
  };
  const drain = () => {
    running ??= (async () => {
      while (queue.length) {
        const jobs = queue;
        queue = [];
        await runPool(jobs);
      }
      running = undefined;
    })();
    return running;
  };
  const inPool = (doc: ArticleDoc) => new Promise<ArticleExtraction>((resolve, reject) => {
    queue.push({ doc, resolve, reject });
    void drain();
  });

  return {
    async one(doc) {
      if (workersFor(1) === 0 && !pool) return extractArticle(doc);
      return inPool(doc);
    },
    async all(docs, onProgress) {
      if (!docs.length) return [];
      if (workersFor(docs.length) === 0 && !pool) {
        const out: ArticleExtraction[] = [];
        for (const doc of docs) {
          try {
            out.push(extractArticle(doc));
          } catch (error) {
            warn(`extraction of ${doc.id} failed, its facts are left out: ${(error as Error).message}`);
            out.push(empty(doc));
          }
          onProgress?.(out.length, docs.length);
        }
        return out;
      }
      let done = 0;
      progress = (more) => onProgress?.((done += more), docs.length);
      try {
        return await Promise.all(docs.map((doc) => inPool(doc).catch((error) => {
          warn(`extraction of ${doc.id} failed, its facts are left out: ${(error as Error).message}`);
          return empty(doc);
        })));
      } finally {
        progress = undefined;
      }
    },
    async warm() {
      if (options.workers) await inPool({ id: 'warm-up.txt', text: 'Turkey backs the Government of National Accord.' }).catch(() => {});
    },
    async close() {
      await running;
      await pool?.close();
      pool = undefined;
    },
  };
}
