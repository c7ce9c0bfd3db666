// POST /api/articles {text, title?, date?, source?, outlet?}: stores the article (atomic,
// idempotent by content hash) and merges its facts into the served graph through the
// live corpus; 201 with what was extracted, 200 when it was already there, 202 when the
// server is still building its graph at start-up (stored; merged when the build is done).
import { Router } from 'express';
import { z } from 'zod';
import { KgError } from '../../errors.ts';
import type { AppContext } from '../app-context.ts';
import type { Ingested } from '../live-corpus.ts';
import { parseInput } from '../parse-input.ts';

const line = (max: number) => z.string().trim().min(1).max(max).optional();
const body = z.object({
  text: z.string({ error: 'is required' }), // empty or blank text: 422 from the store, like NUL bytes
  title: line(500),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').optional(),
  source: line(2000),
  outlet: line(200),
});

const summary = ({ extracted, nodes, edges }: Ingested) => ({ ...(extracted ?? { entities: [], facts: [] }), nodes, edges });

export function articlesRouter({ corpus }: AppContext): Router {
  return Router().post('/', async (req, res) => {
    if (!req.is('application/json')) throw new KgError('KG_UNSUPPORTED_MEDIA', 'POST /api/articles: send Content-Type: application/json with {text, title?, date?, source?, outlet?}.');
    if (!corpus) throw new KgError('KG_NOT_FOUND', 'POST /api/articles: this server was started without a data folder (--data).');
    const ingested = await corpus.add(parseInput(body, req.body, 'POST /api/articles'));
    const { stored } = ingested;
    if (!stored.created) {
      res.status(200).json({ article: stored.id, created: false });
      return;
    }
    res.status(ingested.queued ? 202 : 201).json({ article: stored.id, created: true, ...(ingested.queued ? { queued: true } : {}), date: stored.doc.date ?? null, ...summary(ingested) });
  });
}
