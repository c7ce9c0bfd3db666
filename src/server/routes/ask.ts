// GET /api/ask?q=: an English question → interpretation + answer + evidence paths.
import { Router } from 'express';
import { z } from 'zod';
import { ask, MAX_QUESTION_LENGTH } from '../../query/ask.ts';
import type { AppContext } from '../app-context.ts';
import { text } from '../input-schemas.ts';
import { parseInput } from '../parse-input.ts';

const query = z.object({ q: text(MAX_QUESTION_LENGTH) });

export function askRouter({ graph }: AppContext): Router {
  return Router().get('/', (req, res) => {
    res.json(ask(graph, parseInput(query, req.query, 'GET /api/ask').q));
  });
}
