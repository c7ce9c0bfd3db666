// GET /api/sources: every outlet with its article, fact and evidence counts.
import { Router } from 'express';
import { sources } from '../../query/sources.ts';
import type { AppContext } from '../app-context.ts';

export function sourcesRouter({ graph }: AppContext): Router {
  return Router().get('/', (_req, res) => {
    res.json(sources(graph));
  });
}
