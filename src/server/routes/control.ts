// GET /api/control?place=: who controlled a place over time.
import { Router } from 'express';
import { z } from 'zod';
import { control } from '../../query/control.ts';
import type { AppContext } from '../app-context.ts';
import { text } from '../input-schemas.ts';
import { parseInput } from '../parse-input.ts';

const query = z.object({ place: text() });

export function controlRouter({ graph }: AppContext): Router {
  return Router().get('/', (req, res) => {
    res.json(control(graph, parseInput(query, req.query, 'GET /api/control').place));
  });
}
