// GET /api/health: liveness, the size of the graph being served, how long the event loop
// was held up lately, and for a server with a data folder its state ("starting",
// "building" with progress, "ok", "stopping"), the posted articles not yet merged
// (`pending`) and what recent POSTs cost by step.
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';
import { watchLoopDelay } from '../loop-delay.ts';

export function healthRouter({ graph, corpus }: AppContext): Router {
  const loop = watchLoopDelay();
  return Router().get('/', (_req, res) => {
    const s = corpus?.status();
    res.json({
      status: s?.state ?? 'ok', nodes: graph.order, edges: graph.size, articles: graph.getAttribute('articles') ?? 0, pending: s?.pending ?? 0,
      eventLoopDelay: loop.summary(),
      ...(s ? { writable: s.writable, source: s.source, progress: s.progress, timings: s.timings, ...(s.error ? { error: s.error } : {}) } : {}),
    });
  });
}
