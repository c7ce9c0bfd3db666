// The worker pool must give exactly what in-process extraction gives, in input order,
// so buildCorpus builds the same graph either way; a failing article rejects the pool
// with a typed error that names it.
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { createExtractPool, extractInWorkers } from '../../src/extract/extract-in-workers.ts';
import { buildFromDocs } from '../../src/graph/build-corpus.ts';
import { createExtractor } from '../../src/graph/extractor.ts';
import { UnprocessableError } from '../../src/errors.ts';
import type { ArticleDoc } from '../../src/types.ts';

const docs = syntheticCorpus(60, 7, { words: [150, 300] });

describe('extractInWorkers', () => {
  it('returns the in-process extractions, in input order, with progress up to the total', async () => {
    const progress: number[] = [];
    const pooled = await extractInWorkers(docs, (done, total) => progress.push(done / total), { workers: 2, batchSize: 8 });
    expect(pooled).toEqual(docs.map((doc) => extractArticle(doc)));
    expect(pooled.map((e) => e.article)).toEqual(docs.map((d) => d.id));
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('builds the same graph as the in-process path', async () => {
    const extractor = createExtractor({ workers: 2 });
    const pooled = await buildFromDocs(docs, { extractor }).finally(() => extractor.close());
    const inProcess = await buildFromDocs(docs);
    expect(pooled.size).toBeGreaterThan(100);
    expect(pooled.export()).toEqual(inProcess.export());
  });

  it('rejects with UnprocessableError naming the article that failed', async () => {
    const bad = { id: 'broken.txt', text: 42 } as unknown as ArticleDoc;
    const run = extractInWorkers([...docs.slice(0, 3), bad, ...docs.slice(3, 6)], undefined, { workers: 2, batchSize: 2 });
    await expect(run).rejects.toBeInstanceOf(UnprocessableError);
    await expect(run).rejects.toMatchObject({ code: 'KG_UNPROCESSABLE', details: { article: 'broken.txt' } });
  });

  it('rejects a bad worker count with InvalidInputError', async () => {
    await expect(extractInWorkers(docs, undefined, { workers: 0 })).rejects.toMatchObject({ code: 'KG_INVALID_INPUT' });
  });
});

describe('createExtractPool', () => {
  it('stays up between runs and gives the in-process extractions each time', async () => {
    const pool = createExtractPool(2);
    try {
      const first = await pool.run(docs.slice(0, 20));
      const second = await pool.run(docs.slice(20, 40));
      expect([...first, ...second]).toEqual(docs.slice(0, 40).map((doc) => extractArticle(doc)));
      await expect(Promise.all([pool.run(docs.slice(0, 5)), pool.run(docs.slice(0, 5))])).rejects.toMatchObject({ code: 'KG_INVALID_INPUT' });
    } finally {
      await pool.close();
    }
  });
});
