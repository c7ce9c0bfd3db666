// Caches the JSON bodies of GET answers by URL, as bytes with their ETag. The graph
// changes only through POST /api/articles (which clears the cache) or graphology events,
// so a repeated question costs one lookup instead of a query, a JSON.stringify, a UTF-8
// encoding and an ETag hash (Express hashes every body it sends; 70 KB for a path answer).
import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { KnowledgeGraph } from '../types.ts';

interface Entry {
  body: Buffer;
  etag: string;
}

/** The weak ETag Express would compute, computed once. */
const entry = (text: string): Entry => {
  const body = Buffer.from(text, 'utf8');
  return { body, etag: `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64').slice(0, 27)}"` };
};

const send = (res: Response, e: Entry) => res.set('ETag', e.etag).type('application/json').send(e.body);

export interface ResponseCache {
  middleware: RequestHandler;
  clear: () => void;
}

const MAX_ENTRIES = 1000;
// by bytes, not only entries: at 50,000 articles "who backs Khalifa Haftar?" is a few MB
// of quotes, and an answer too big to keep was recomputed (and hashed) on every read
export const MAX_CACHE_BYTES = 128 * 1024 * 1024;
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
const CHANGES = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared', 'attributesUpdated', 'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;

/** @example const cache = responseCache(graph); api.use(cache.middleware); … cache.clear() */
export function responseCache(graph: KnowledgeGraph): ResponseCache {
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
  for (const event of CHANGES) graph.on(event, clear);
  const middleware: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET') return next();
    const key = req.originalUrl;
    const hit = bodies.get(key);
    if (hit !== undefined) {
      bodies.delete(key); // re-insert: Map order is the LRU order
      bodies.set(key, hit);
      send(res, hit);
      return;
    }
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode !== 200) return json(body);
      const e = entry(JSON.stringify(body));
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
  return { middleware, clear };
}
