// Worker-thread entry of graph-thread.ts: a graph builder (graph-builder.ts) that answers
// the main thread's requests in order. Resolution, diffs, snapshot serialisation and the
// start-up rebuild all run here, never on the thread that answers HTTP requests.
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { shipDiff } from './diff-wire.ts';
import { createGraphBuilder, type Added, type BuilderOptions, type GraphBuilder } from './graph-builder.ts';
import type { GraphDiff } from './graph-diff.ts';

export type BuilderRequest =
  | { id: number; op: 'open' }
  | { id: number; op: 'add'; args: Parameters<GraphBuilder['add']> }
  | { id: number; op: 'full' }
  | { id: number; op: 'flush'; force: boolean }
  | { id: number; op: 'close' };

export type BuilderReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string; code?: string; details?: unknown; stack?: string }
  | { op: 'progress'; progress: Parameters<NonNullable<Parameters<GraphBuilder['open']>[0]>>[0] }
  | { op: 'warn'; line: string };

const port = parentPort!;
const options = workerData as Omit<BuilderOptions, 'warn'>;
const builder = createGraphBuilder({ ...options, warn: (line) => port.postMessage({ op: 'warn', line } satisfies BuilderReply) });

// diffs go as serialised chunks (diff-wire.ts), the rest of an article's answer as one more
// serialised value: the main thread decodes them a piece per turn
const shipAdded = ({ diff, touched, extracted, ...times }: Added) => ({ ...times, diff: shipDiff(diff), rest: serialize({ touched, extracted }) });

function run(request: BuilderRequest): Promise<unknown> {
  switch (request.op) {
    case 'open': return builder.open((progress) => port.postMessage({ op: 'progress', progress } satisfies BuilderReply));
    case 'add': return builder.add(...request.args).then(shipAdded);
    case 'full': return builder.full().then((diff: GraphDiff) => shipDiff(diff));
    case 'flush': return builder.flush(request.force);
    case 'close': return builder.close();
  }
}

// requests start in arrival order; the builder merges one article at a time, and a reply
// is posted the moment its work is done, so diffs reach the main thread in merge order
port.on('message', (request: BuilderRequest) => {
  void run(request).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies BuilderReply),
    (error: Error & { code?: string; details?: unknown }) => port.postMessage({ id: request.id, ok: false, message: error?.message ?? String(error), code: error?.code, details: error?.details, stack: error?.stack } satisfies BuilderReply),
  );
});
