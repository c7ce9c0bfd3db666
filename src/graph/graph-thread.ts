// The graph builder in a worker thread (graph-worker.ts), behind the same interface as an
// in-process one: calls become messages, answered in order. Diffs come back as serialised
// chunks (diff-wire.ts), decoded here a chunk per event-loop turn and handed out in the
// order the builder sent them, as plain data for the caller to apply to the graph it
// serves. The worker loads TypeScript through tsx's register API, as the extractor's pool
// does, so the server runs from source.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { KgError, UnavailableError, type KgErrorCode } from '../errors.ts';
import { receiveDiff, type ShippedDiff } from './diff-wire.ts';
import type { Added, BuilderOptions, BuilderProgress, GraphBuilder } from './graph-builder.ts';
import type { BuilderReply, BuilderRequest } from './graph-worker.ts';

const ENTRY = fileURLToPath(new URL('./graph-worker.ts', import.meta.url));
const TSX_CJS = createRequire(import.meta.url).resolve('tsx/cjs/api');
const BOOT = `require(${JSON.stringify(TSX_CJS)}).register(); require(${JSON.stringify(ENTRY)});`;

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void };
type ShippedAdded = Omit<Added, 'diff' | 'touched' | 'extracted'> & { diff: ShippedDiff; rest: Uint8Array };

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
type Request = BuilderRequest extends infer R ? (R extends BuilderRequest ? Omit<R, 'id'> : never) : never;

/** @example const builder = createGraphThread({ paths: corpusPaths('data') }); await builder.open(); */
export function createGraphThread(options: BuilderOptions): GraphBuilder {
  const { warn = () => {}, ...data } = options;
  const worker = new Worker(BOOT, { eval: true, workerData: data });
  const pending = new Map<number, Pending>();
  let next = 0;
  let onProgress: ((p: BuilderProgress) => void) | undefined;
  let failure: Error | undefined;
  // decoding takes turns: a small diff that arrives during a large one's decoding waits for it
  let decoding: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(decode: () => Promise<T>): Promise<T> => {
    const decoded = decoding.then(decode);
    decoding = decoded.catch(() => {});
    return decoded;
  };

  const fail = (error: Error) => {
    failure = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: BuilderReply) => {
    if ('op' in reply) return reply.op === 'progress' ? onProgress?.(reply.progress) : warn(reply.line);
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) p?.resolve(reply.value);
    else if (reply.code) p?.reject(new KgError(reply.code as KgErrorCode, reply.message, reply.details)); // the extractor's typed error, as thrown
    else p?.reject(Object.assign(new UnavailableError(`graph builder: ${reply.message}`), { stack: reply.stack }));
  });
  worker.on('error', (error: Error) => fail(new UnavailableError(`graph builder thread crashed: ${error.message}`)));
  worker.on('exit', (code) => fail(new UnavailableError(`graph builder thread exited (code ${code}).`)));

  const call = <T>(request: Request): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...request, id });
    });
  };

  return {
    open: (progress) => {
      onProgress = progress;
      return call({ op: 'open' });
    },
    add: (...args) => call<ShippedAdded>({ op: 'add', args }).then((reply) => inOrder(async () => {
      const { diff, rest, ...times } = reply;
      const decoded = await receiveDiff(diff);
      await nextTurn();
      return { ...times, diff: decoded, ...(deserialize(rest) as Pick<Added, 'touched' | 'extracted'>) };
    })),
    full: () => call<ShippedDiff>({ op: 'full' }).then((diff) => inOrder(() => receiveDiff(diff))),
    flush: (force = false) => call({ op: 'flush', force }),
    async close() {
      if (!failure) await call({ op: 'close' }).catch(() => {});
      failure ??= new UnavailableError('graph builder: closed.');
      await worker.terminate();
    },
  };
}
