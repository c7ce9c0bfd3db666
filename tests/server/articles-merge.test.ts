// POST /api/articles end to end: stored as <sha256-prefix>.txt with front matter,
// merged into the live graph (the extractor runs), the snapshot saved shortly after,
// idempotent.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/create-graph.ts';
import { parseArticle } from '../../src/store/parse-article.ts';
import { tempDataDir, testApp, untilSettled, untilSnapshot } from './_app.ts';

const SEEDS = new URL('../../data/articles/', import.meta.url).pathname;
const seed = parseArticle('seed.txt', await readFile(join(SEEDS, (await readdir(SEEDS)).sort()[0]), 'utf8'));

describe('POST /api/articles', async () => {
  const data = await tempDataDir();
  const graph = createGraph();
  const app = testApp(graph, { dataDir: data.dir });
  await untilSettled(app);
  const article = { text: seed.text, title: 'Haftar rejects "ceasefire"\nsecond line', date: '2020-08-23', source: 'https://example.org/a' };

  it('201 with what was extracted; the graph answers at once', async () => {
    const res = await request(app).post('/api/articles').send(article).expect(201);
    expect(res.body).toMatchObject({ created: true, date: '2020-08-23', article: expect.stringMatching(/^[0-9a-f]{16}\.txt$/) });
    expect(res.body.facts.length).toBeGreaterThan(3);
    expect(res.body.facts[0]).toMatchObject({ subject: expect.any(String), relation: expect.any(String), object: expect.any(String), quote: expect.any(String) });
    expect(graph.order).toBeGreaterThan(5);
    const backers = await request(app).get('/api/backers').query({ of: 'GNA' }).expect(200);
    expect(backers.body.direct.map((b: { backer: { label: string } }) => b.backer.label)).toContain('Turkey');
    expect((await request(app).get('/api/health')).body.articles).toBe(1);
  });

  it('stores the file with front matter that parses back, and saves the snapshot', async () => {
    const snapshot = await untilSnapshot(data.snapshotPath, (s) => s.nodes.length === graph.order); // saved 50 ms after the last article
    const [file] = await readdir(data.articlesDir);
    const doc = parseArticle(file, await readFile(join(data.articlesDir, file), 'utf8'));
    expect(doc).toMatchObject({ date: '2020-08-23', title: 'Haftar rejects "ceasefire" second line', source: 'https://example.org/a' });
    expect(doc.text.trim()).toBe(seed.text.trim());
    expect(snapshot.attributes.corpus).toMatch(/^[0-9a-f]{64}$/);
  });

  it('200 and no change when the same text comes again', async () => {
    const before = [graph.order, graph.size];
    const res = await request(app).post('/api/articles').send({ text: article.text }).expect(200);
    expect(res.body).toMatchObject({ created: false });
    expect([graph.order, graph.size]).toEqual(before);
    expect(await readdir(data.articlesDir)).toHaveLength(1);
  });

  it('a cached answer is refreshed by a new article', async () => {
    const before = await request(app).get('/api/backers').query({ of: 'Haftar' }).expect(200);
    expect(before.body.direct.map((b: { backer: { label: string } }) => b.backer.label)).not.toContain('Saudi Arabia');
    await request(app).post('/api/articles').send({ text: 'Saudi Arabia backs Khalifa Haftar, the commander said.' }).expect(201);
    const after = await request(app).get('/api/backers').query({ of: 'Haftar' }).expect(200);
    expect(after.body.direct.map((b: { backer: { label: string } }) => b.backer.label)).toContain('Saudi Arabia');
  });

  it('handles concurrent posts one at a time', async () => {
    const texts = ['Turkey backs the GNA. Qatar supports the GNA.', 'Egypt backs Khalifa Haftar. Russia supports Haftar.'];
    const results = await Promise.all(texts.map((text) => request(app).post('/api/articles').send({ text })));
    expect(results.map((r) => r.status)).toEqual([201, 201]);
    expect(await readdir(data.articlesDir)).toHaveLength(4);
  });
});
