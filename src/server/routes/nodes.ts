// GET /api/nodes?q=&type=&limit= (search), GET /api/nodes/:key (node with facts and
// evidence), GET /api/nodes/:key/neighbours?relations=&types=&depth=&direction=.
import { Router } from 'express';
import { z } from 'zod';
import { MAX_NEIGHBOUR_DEPTH, neighbours } from '../../query/neighbours.ts';
import { node } from '../../query/node.ts';
import { search } from '../../query/search.ts';
import type { AppContext } from '../app-context.ts';
import { int, nodeTypes, relations, text } from '../input-schemas.ts';
import { parseInput } from '../parse-input.ts';

const searchQuery = z.object({ q: text(200), type: nodeTypes, limit: int(1, 100).default(20) });
const neighbourQuery = z.object({
  relations,
  types: nodeTypes,
  depth: int(1, MAX_NEIGHBOUR_DEPTH).default(1),
  direction: z.enum(['in', 'out', 'both']).default('both'),
});

export function nodesRouter({ graph }: AppContext): Router {
  const router = Router();
  router.get('/', (req, res) => {
    const { q, type, limit } = parseInput(searchQuery, req.query, 'GET /api/nodes');
    res.json({ query: q, hits: search(graph, q, { types: type, limit }) });
  });
  router.get('/:key', (req, res) => {
    res.json(node(graph, req.params.key));
  });
  router.get('/:key/neighbours', (req, res) => {
    res.json(neighbours(graph, req.params.key, parseInput(neighbourQuery, req.query, 'GET /api/nodes/:key/neighbours')));
  });
  return router;
}
