// Reads wait for a graph worth answering from: while the server builds its graph at
// start-up (no valid snapshot), every route but /api/health and POST /api/articles answers
// 503 with Retry-After and the progress, instead of an empty graph or a hung socket.
import type { RequestHandler } from 'express';
import { UnavailableError } from '../errors.ts';
import type { LiveCorpus } from './live-corpus.ts';

/** @example api.use(requireReady(corpus)) */
export function requireReady(corpus: LiveCorpus | undefined): RequestHandler {
  return (req, _res, next) => {
    const status = corpus?.status();
    if (!status || status.state === 'ok' || status.state === 'stopping' || (req.method === 'POST' && status.state !== 'failed')) return next();
    const p = status.progress;
    const doing = status.state === 'failed' ? `could not be built (${status.error}); see the server log` : `is being built${p ? ` (${p.phase}${p.total ? ` ${p.done}/${p.total} articles` : ''})` : ''}`;
    throw new UnavailableError(`${req.method} /api${req.path}: the graph ${doing}; GET /api/health shows the progress.`, { retryAfter: status.state === 'failed' ? 30 : 2 });
  };
}
