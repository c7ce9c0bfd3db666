// GET /api/camps: alliance blocs of the signed graph with the frustration score.
import { Router } from 'express';
import { camps } from '../../query/camps.ts';
import type { AppContext } from '../app-context.ts';

export function campsRouter({ graph }: AppContext): Router {
  return Router().get('/', (_req, res) => {
    res.json(camps(graph));
  });
}
