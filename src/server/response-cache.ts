// Caches the JSON bodies of GET answers by URL. The graph changes only through
// POST /api/articles (which clears the cache) or graphology events, so a repeated
// question costs one lookup instead of a query and a JSON.stringify.
import type { RequestHandler } from 'express';
import type { KnowledgeGraph } from '../types.ts';

export interface ResponseCache {
  middleware: RequestHandler;
  clear: () => void;
}

const MAX_ENTRIES = 1000;
const MAX_BODY_BYTES = 1024 * 1024;
const CHANGES = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared', 'attributesUpdated', 'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;

/** @example const cache = responseCache(graph); api.use(cache.middleware); … cache.clear() */
export function responseCache(graph: KnowledgeGraph): ResponseCache {
  const bodies = new Map<string, string>();
  const clear = () => bodies.clear();
  for (const event of CHANGES) graph.on(event, clear);
  const middleware: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET') return next();
    const key = req.originalUrl;
    const hit = bodies.get(key);
    if (hit !== undefined) {
      bodies.delete(key); // re-insert: Map order is the LRU order
      bodies.set(key, hit);
      res.type('application/json').send(hit);
      return;
    }
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (res.statusCode !== 200) return json(body);
      const text = JSON.stringify(body);
      if (text.length <= MAX_BODY_BYTES) {
        bodies.set(key, text);
        if (bodies.size > MAX_ENTRIES) bodies.delete(bodies.keys().next().value!);
      }
      return res.type('application/json').send(text);
    };
    next();
  };
  return { middleware, clear };
}
