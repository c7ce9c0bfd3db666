// GET /api/proposals: each proposal with proposers, supporters, rejecters and dates.
import { Router } from 'express';
import { proposals } from '../../query/proposals.ts';
import type { AppContext } from '../app-context.ts';

export function proposalsRouter({ graph }: AppContext): Router {
  return Router().get('/', (_req, res) => {
    res.json({ proposals: proposals(graph) });
  });
}
