// GET /api/paths?from=&to=&relations=&maxLength=&limit=&directed=: bounded path search;
// from/to take node keys or names.
import { Router } from 'express';
import { z } from 'zod';
import { paths } from '../../query/paths.ts';
import { PATHS_BOUNDS } from '../../query/resolve-paths-options.ts';
import type { AppContext } from '../app-context.ts';
import { bool, int, relations, text } from '../input-schemas.ts';
import { parseInput } from '../parse-input.ts';

const query = z.object({
  from: text(),
  to: text(),
  relations,
  maxLength: int(1, PATHS_BOUNDS.maxLength).optional(),
  limit: int(1, PATHS_BOUNDS.limit).optional(),
  directed: bool.optional(),
});

export function pathsRouter({ graph }: AppContext): Router {
  return Router().get('/', (req, res) => {
    const { from, to, ...options } = parseInput(query, req.query, 'GET /api/paths');
    res.json(paths(graph, from, to, options));
  });
}
