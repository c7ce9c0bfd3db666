// Worker-thread entry for extractInWorkers: receives batches of articles, runs
// extractArticle on each and posts the batch's extractions back. A failing article
// ends its batch with an error message naming the article; the pool rejects on it.
import { parentPort } from 'node:worker_threads';
import type { ArticleDoc } from '../types.ts';
import { extractArticle } from './extract-article.ts';

export interface WorkerRequest {
  batch: number;
  docs: ArticleDoc[];
}

export type WorkerReply =
  | { batch: number; ok: true; extractions: ReturnType<typeof extractArticle>[] }
  | { batch: number; ok: false; article: string; message: string; stack?: string };

/** Extracts one batch; never throws (a failure becomes an `ok: false` reply). */
export function extractWorker(request: WorkerRequest): WorkerReply {
  const extractions: ReturnType<typeof extractArticle>[] = [];
  for (const doc of request.docs) {
    try {
      extractions.push(extractArticle(doc));
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      return { batch: request.batch, ok: false, article: doc?.id ?? '(no id)', message: e.message, stack: e.stack };
    }
  }
  return { batch: request.batch, ok: true, extractions };
}

parentPort?.on('message', (request: WorkerRequest) => parentPort!.postMessage(extractWorker(request)));
