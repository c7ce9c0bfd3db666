// GET /api/backers?of=&maxDepth=: who backs X, directly and through chains.
import { Router } from 'express';
import { z } from 'zod';
import { backers } from '../../query/backers.ts';
import type { AppContext } from '../app-context.ts';
import { int, text } from '../input-schemas.ts';
import { parseInput } from '../parse-input.ts';

const query = z.object({ of: text(), maxDepth: int(1, 6).optional() });

export function backersRouter({ graph }: AppContext): Router {
  return Router().get('/', (req, res) => {
    const { of, maxDepth } = parseInput(query, req.query, 'GET /api/backers');
    res.json(backers(graph, of, { maxDepth }));
  });
}
