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
const MAX_BODY_BYTES = 1024 * 1024;
const CHANGES = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared', 'attributesUpdated', 'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;

/** @example const cache = responseCache(graph); api.use(cache.middleware); … cache.clear() */
export function responseCache(graph: KnowledgeGraph): ResponseCache {
  const bodies = new Map<string, Entry>();
  const clear = () => bodies.clear();
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
        bodies.set(key, e);
        if (bodies.size > MAX_ENTRIES) bodies.delete(bodies.keys().next().value!);
      }
      return send(res, e);
    };
    next();
  };
  return { middleware, clear };
}
