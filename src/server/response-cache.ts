// Caches the JSON bodies of GET answers by URL, as bytes with their ETag. The graph
// changes through POST /api/articles (a diff) or graphology events; an answer cached
// before a change is not thrown away but checked: the route runs again, and when its
// result is the same data as before (same-answer.ts) the kept bytes are sent. So a
// repeated question costs one lookup, and after an article that did not change its answer
// a query and a comparison, instead of a JSON.stringify, a UTF-8 encoding and an ETag
// hash (Express hashes every body it sends; 3 MB for a hub's backers at 50,000 articles).
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { KnowledgeGraph } from '../types.ts';
import type { LiveCorpus, Settling } from './live-corpus.ts';
import { sameAnswer } from './same-answer.ts';

interface Entry {
  body: Buffer;
  etag: string;
  /** The route's result the body was made from, and the graph version it was made at. */
  result: unknown;
  version: number;
}

/** The weak ETag Express would compute, computed once. */
const entry = (result: unknown, version: number): Entry => {
  const body = Buffer.from(JSON.stringify(result), 'utf8');
  return { body, etag: `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64').slice(0, 27)}"`, result, version };
};

const send = (res: Response, e: Entry) => res.set('ETag', e.etag).type('application/json').send(e.body);

export interface ResponseCache {
  middleware: RequestHandler;
  /** While a large diff is applied: sends the answer kept from the graph before it; false when there is none. */
  sendKept: (req: Request, res: Response, settling: Settling) => boolean;
  clear: () => void;
}

const MAX_ENTRIES = 1000;
// by bytes, not only entries: at 50,000 articles "who backs Khalifa Haftar?" is a few MB
// of quotes, and an answer too big to keep was recomputed (and hashed) on every read
export const MAX_CACHE_BYTES = 128 * 1024 * 1024;
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
// changes after which a kept answer is checked; after the others it is dropped: in-place
// edits of attribute objects (merge, set, update) could change what a kept result refers to
const CHANGES = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'attributesUpdated'] as const;
const RESETS = ['cleared', 'edgesCleared', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;
const REPLACED = new Set(['replace']);

/** @example const cache = responseCache(graph, corpus); api.use(cache.middleware); … cache.clear() */
export function responseCache(graph: KnowledgeGraph, corpus?: Pick<LiveCorpus, 'settling'>): ResponseCache {
  const bodies = new Map<string, Entry>();
  let bytes = 0;
  const clear = () => {
    bodies.clear();
    bytes = 0;
  };
  const forget = (key: string) => {
    bytes -= bodies.get(key)?.body.length ?? 0;
    bodies.delete(key);
  };
  let version = 0;
  // the version the graph had when the large diff being applied began
  let before: { id: number; version: number } | undefined;
  const changed = () => {
    const settling = corpus?.settling();
    if (settling && before?.id !== settling.id) before = { id: settling.id, version };
    version++;
  };
  for (const event of CHANGES) graph.on(event, changed);
  for (const event of RESETS) graph.on(event, clear);
  for (const event of ['nodeAttributesUpdated', 'edgeAttributesUpdated'] as const) {
    graph.on(event, ({ type }: { type: string }) => (REPLACED.has(type) ? changed() : clear()));
  }
  const middleware: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET') return next();
    const key = req.originalUrl;
    const hit = bodies.get(key);
    if (hit !== undefined) {
      bodies.delete(key); // re-insert: Map order is the LRU order
      bodies.set(key, hit);
      if (hit.version === version) {
        send(res, hit);
        return;
      }
    }
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode !== 200) return json(body);
      // the graph's own attributes (the outlet ledger) are edited in place: never a witness
      const own = graph.getAttributes() as Record<string, unknown>;
      const shared = new Set<object>([own, ...Object.values(own).filter((v): v is object => typeof v === 'object' && v !== null)]);
      if (hit && bodies.get(key) === hit && sameAnswer(hit.result, body, shared)) {
        hit.version = version;
        return send(res, hit);
      }
      const e = entry(body, version);
      if (e.body.length <= MAX_BODY_BYTES) {
        forget(key);
        bodies.set(key, e);
        bytes += e.body.length;
        while (bodies.size > MAX_ENTRIES || bytes > MAX_CACHE_BYTES) forget(bodies.keys().next().value!);
      }
      return send(res, e);
    };
    next();
  };
  const sendKept = (req: Request, res: Response, settling: Settling) => {
    const hit = bodies.get(req.originalUrl);
    if (!hit || hit.version !== (before?.id === settling.id ? before.version : version)) return false;
    send(res, hit);
    return true;
  };
  return { middleware, sendKept, clear };
}
