// GET /api/graph?types=&relations=&at=YYYY-MM-DD&minSources=N: the graph (or a view of it) in
// graphology's serialisation, for the viewer.
import { Router } from 'express';
import { z } from 'zod';
import { filterGraph } from '../../query/filter-graph.ts';
import type { AppContext } from '../app-context.ts';
import { int, nodeTypes, relations } from '../input-schemas.ts';
import { parseInput } from '../parse-input.ts';

const query = z.object({
  types: nodeTypes,
  relations,
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').optional(),
  /** Only facts stated by at least this many outlets. */
  minSources: int(1, 1000).optional(),
});

export function graphRouter({ graph }: AppContext): Router {
  return Router().get('/', (req, res) => {
    res.json(filterGraph(graph, parseInput(query, req.query, 'GET /api/graph')));
  });
}
