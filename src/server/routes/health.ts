// GET /api/health: liveness plus the size of the graph being served; `pending` counts
// posted articles merged provisionally and not yet in a rebuild from disk.
import { Router } from 'express';
import type { AppContext } from '../app-context.ts';

export function healthRouter({ graph, corpus }: AppContext): Router {
  return Router().get('/', (_req, res) => {
    res.json({ status: 'ok', nodes: graph.order, edges: graph.size, articles: graph.getAttribute('articles') ?? 0, pending: corpus?.pending() ?? 0 });
  });
}
