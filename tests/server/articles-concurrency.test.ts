// 200 concurrent POST /api/articles carrying 50 distinct synthetic articles over a real
// loopback socket, with the builder in its own thread and extraction in the worker pool
// (as `serve` runs): exactly 50 files stored, 50 answers 201 and 150 answers 200, and the
// live graph and then the snapshot equal a clean rebuild, with no rebuild in between.
import { readdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { buildCorpus } from '../../src/graph/build-corpus.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { createHttpServer } from '../../src/server/create-http-server.ts';
import { graphSignature } from '../fixtures/_graph-signature.ts';
import { tempDataDir, testApp, untilSettled, untilSnapshot } from './_app.ts';

describe('200 concurrent POST /api/articles, 50 distinct', async () => {
  const data = await tempDataDir();
  const graph = createGraph();
  const app = testApp(graph, { dataDir: data.dir, threads: true, writesPerMinute: 10_000 });
  await untilSettled(app);
  const server = createHttpServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/articles`;
  afterAll(async () => {
    await app.corpus!.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const docs = syntheticCorpus(50, 2024);
  // each article 4 times, interleaved so that copies of one article race each other
  const posts = Array.from({ length: 200 }, (_, i) => docs[(i * 7) % 50]);

  it('stores exactly 50 and answers 201 once per article', async () => {
    const answers = await Promise.all(posts.map(async (d) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: d.text, date: d.date }) });
      return { status: res.status, body: (await res.json()) as { article: string } };
    }));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(50);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(150);
    const files = (await readdir(data.articlesDir)).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toHaveLength(50);
    expect(new Set(answers.map((a) => a.body.article))).toEqual(new Set(files));
  }, 120_000);

  it('the live graph and the snapshot equal a clean rebuild of the same files', async () => {
    await untilSettled(app, 60_000);
    const clean = graphSignature((await buildCorpus(data.articlesDir)).graph);
    expect(clean.edges.length).toBeGreaterThan(50);
    expect(graphSignature(graph)).toEqual(clean);
    expect(graph.getAttribute('articles')).toBe(50);
    const snapshot = await untilSnapshot(data.snapshotPath, (s) => s.attributes.articles === 50);
    expect(graphSignature(snapshot)).toEqual(clean);
  }, 120_000);
});
