// No read is answered from a half-changed graph: while the live corpus applies a large
// diff over several turns (live-corpus.ts), a GET is answered with the answer kept from
// the graph before it when the response cache has one, and otherwise waits until the
// diff is whole. Writes go on: storing and reading an article does not look at the graph.
import type { RequestHandler } from 'express';
import type { LiveCorpus } from './live-corpus.ts';
import type { ResponseCache } from './response-cache.ts';

/** @example api.use(waitForWholeGraph(corpus, cache)) // first, before /api/health */
export function waitForWholeGraph(corpus: Pick<LiveCorpus, 'settling'> | undefined, cache?: Pick<ResponseCache, 'sendKept'>): RequestHandler {
  return (req, res, next) => {
    const settling = corpus?.settling();
    if (!settling || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    if (cache?.sendKept(req, res, settling)) return;
    // a later large diff may have begun by then: ask again
    void settling.done.then(() => waitForWholeGraph(corpus, cache)(req, res, next));
  };
}
