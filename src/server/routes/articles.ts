// POST /api/articles {text, title?, date?, source?}: stores the article (atomic,
// idempotent by content hash), merges its facts into the live graph without a rebuild,
// rewrites the snapshot; 201 with what was extracted, 200 when it was already there.
// The extractor is imported on the first POST, so a read-only server starts fast.
import { unlink } from 'node:fs/promises';
import { Router } from 'express';
import { z } from 'zod';
import { KgError } from '../../errors.ts';
import type { MergeResult } from '../../graph/merge-article.ts';
import type { Resolver } from '../../resolve/create-resolver.ts';
import { addArticle } from '../../store/add-article.ts';
import { writeSnapshot } from '../../store/snapshot.ts';
import type { ArticleDoc } from '../../types.ts';
import type { AppContext } from '../app-context.ts';
import { parseInput } from '../parse-input.ts';
import { serialQueue } from '../serial-queue.ts';

const line = (max: number) => z.string().trim().min(1).max(max).optional();
const body = z.object({
  text: z.string({ error: 'is required' }).min(1, 'must not be empty'),
  title: line(500),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').optional(),
  source: line(2000),
});

type Merge = (doc: ArticleDoc) => MergeResult;

function summary(result: MergeResult) {
  const { extraction } = result;
  return {
    entities: extraction.entities.map((e) => ({ label: e.label, type: e.type })),
    facts: extraction.facts.map((f) => ({ subject: f.subject.label, relation: f.relation, object: f.object.label, quote: f.evidence.quote, since: f.since, until: f.until })),
    nodes: result.nodes,
    edges: result.edges,
  };
}

export function articlesRouter({ graph, articlesDir, snapshotPath, onChange }: AppContext): Router {
  const run = serialQueue();
  let merge: Promise<Merge> | undefined;
  // One resolver for the app's lifetime: it remembers how names were resolved so far.
  const loadMerge = async (): Promise<Merge> => {
    const [{ mergeArticle }, { createResolver }] = await Promise.all([import('../../graph/merge-article.ts'), import('../../resolve/create-resolver.ts')]);
    const resolver: Resolver = createResolver(graph);
    return (doc) => mergeArticle(graph, doc, resolver);
  };
  return Router().post('/', async (req, res) => {
    if (!req.is('application/json')) throw new KgError('KG_UNSUPPORTED_MEDIA', 'POST /api/articles: send Content-Type: application/json with {text, title?, date?, source?}.');
    if (!articlesDir) throw new KgError('KG_NOT_FOUND', 'POST /api/articles: this server was started without an articles folder (--data).');
    const input = parseInput(body, req.body, 'POST /api/articles');
    const answer = await run(async () => {
      const stored = await addArticle(articlesDir, input);
      if (!stored.created) return { status: 200, body: { article: stored.id, created: false } };
      let result: MergeResult;
      try {
        merge ??= loadMerge().catch((error) => {
          merge = undefined;
          throw error;
        });
        result = (await merge)(stored.doc);
      } catch (error) {
        onChange?.(); // a merge that failed half-way may still have changed the graph
        await unlink(stored.path).catch(() => {}); // not merged: do not keep it, so a retry is not "already there"
        throw error;
      }
      graph.setAttribute('articles', (graph.getAttribute('articles') ?? 0) + 1);
      onChange?.();
      if (snapshotPath) await writeSnapshot(graph, snapshotPath);
      return { status: 201, body: { article: stored.id, created: true, date: stored.doc.date ?? null, ...summary(result) } };
    });
    res.status(answer.status).json(answer.body);
  });
}
