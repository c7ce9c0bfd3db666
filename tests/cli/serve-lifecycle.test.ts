// `conflict-kg serve` from start to stop, as a spawned process: without a snapshot it
// answers at once, with 503 + Retry-After and progress in /api/health until the graph is
// built (never a hung socket), then the graph; a restart serves the saved snapshot; on
// SIGTERM an article being read is finished, answered and saved before the process exits.
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { writeCorpus } from '../../bench/write-corpus.ts';
import { killAll, startServe, untilReady } from './_serve.ts';

afterAll(killAll);

/** A GET that must be answered (any status) within `ms`: a hung socket fails the test. */
const answered = (url: string, ms = 5000) => fetch(url, { signal: AbortSignal.timeout(ms) });

describe('serve start-up', () => {
  it('without a snapshot: 503 with Retry-After and progress until built, then the graph; a restart serves the snapshot', async () => {
    const data = await mkdtemp(join(tmpdir(), 'conflict-kg-startup-'));
    writeCorpus(join(data, 'articles'), syntheticCorpus(240, 31, { words: [150, 300] })); // enough for the extractor's pool
    const first = await startServe(data);
    // an article posted while the graph is built is stored, answered 2xx, and in the graph once it is served
    const early = fetch(`${first.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Qatar backs the Government of National Accord, officials said in Doha.', date: '2020-02-02' }) });
    const building: Array<Record<string, any>> = [];
    let refused: Response | undefined;
    for (;;) {
      const health = await (await answered(`${first.url}/api/health`)).json();
      if (health.status === 'ok') break;
      building.push(health);
      const read = await answered(`${first.url}/api/backers?of=Haftar`);
      if (read.status === 503) refused = read;
      else expect(read.status).toBe(200); // ready between the two requests
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(building.length).toBeGreaterThan(0);
    expect(building.some((h) => h.progress?.total >= 240 && h.progress.phase === 'extracting')).toBe(true); // 241 when the early POST was stored first
    expect(building.every((h) => ['starting', 'building'].includes(h.status))).toBe(true);
    expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await refused!.json()).error).toMatchObject({ code: 'KG_UNAVAILABLE', message: expect.stringMatching(/being built/) });
    expect([201, 202]).toContain((await early).status);
    let ready = await untilReady(first.url);
    while (ready.pending) ready = await (await answered(`${first.url}/api/health`)).json(); // a 202 is merged just after
    expect(ready).toMatchObject({ status: 'ok', source: 'built', articles: 241 });
    expect((await answered(`${first.url}/api/backers?of=Haftar`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const started = Date.now();
    const second = await startServe(data);
    const again = await untilReady(second.url);
    expect(again).toMatchObject({ status: 'ok', source: 'snapshot', articles: 241, nodes: ready.nodes, edges: ready.edges });
    expect(Date.now() - started).toBeLessThan(15_000); // no extraction, no resolution before the first answer
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 240_000);
});

describe('serve shutdown', () => {
  it('SIGTERM finishes the article being read, answers it, saves it, and exits 0', async () => {
    const data = await mkdtemp(join(tmpdir(), 'conflict-kg-shutdown-'));
    await mkdir(join(data, 'articles'));
    const served = await startServe(data);
    await untilReady(served.url);
    // ~400 KB of news: the extractor takes a while, long enough to stop the server meanwhile
    const big = syntheticCorpus(150, 5).map((d) => d.text).join('\n\n');
    const post = fetch(`${served.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: big, date: '2020-06-01' }) });
    while (!(await readdir(join(data, 'articles'))).some((f) => f.endsWith('.txt'))) await new Promise((resolve) => setTimeout(resolve, 20));
    served.child.kill('SIGTERM');
    const answer = await post;
    expect(answer.status).toBe(201);
    const { article } = await answer.json();
    expect(await served.exited).toBe(0);
    expect(served.stderr()).toMatch(/SIGTERM, shutting down[\s\S]*stopped; the snapshot is saved/);

    const restarted = await startServe(data);
    expect(await untilReady(restarted.url)).toMatchObject({ status: 'ok', source: 'snapshot', articles: 1 });
    const node = await (await answered(`${restarted.url}/api/graph`)).json();
    expect(node.nodes.some((n: { attributes: { articles: string[] } }) => n.attributes.articles.includes(article))).toBe(true);
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  }, 120_000);
});
