// GET /api/disputes?kinds=control,stance,denied: where the sources disagree (contested
// places, changes of stance, denied claims), each with both sides' quotes and outlets.
import { Router } from 'express';
import { z } from 'zod';
import { DISPUTE_KINDS, type DisputeKind } from '../../query/dispute-types.ts';
import { disputes } from '../../query/disputes.ts';
import type { AppContext } from '../app-context.ts';
import { parseInput } from '../parse-input.ts';

const kinds = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(DISPUTE_KINDS as [DisputeKind, ...DisputeKind[]]), { error: `expected a comma-separated list of ${DISPUTE_KINDS.join(', ')}` }))
  .optional();
const query = z.object({ kinds });

export function disputesRouter({ graph }: AppContext): Router {
  return Router().get('/', (req, res) => {
    res.json(disputes(graph, parseInput(query, req.query, 'GET /api/disputes')));
  });
}
