// kill -9 of a spawned `conflict-kg serve` at random moments during a stream of POSTs
// (loopback only, a bounded number of rounds): after each restart every article whose
// POST was answered 2xx is on disk and, once the server is ready, counted, and the
// restarted server's graph equals a clean rebuild of the folder. The kill times come from
// a seed (KG_CRASH_SEED to vary).
import type { ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { buildCorpus } from '../../src/graph/build-corpus.ts';
import { evidenceCounts, graphSignature } from '../fixtures/_graph-signature.ts';
import { killAll, startServe, untilReady } from './_serve.ts';

const SEEDS = new URL('../../data/articles/', import.meta.url).pathname;
const ROUNDS = 4;
const PER_ROUND = 30;
const CONCURRENCY = 4;
const SEED = Number(process.env.KG_CRASH_SEED ?? 5);

afterAll(killAll);

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/** Posts docs with a few workers until they are all sent or the server dies; returns the ids answered 2xx. */
async function postStream(url: string, docs: { text: string; date?: string }[]): Promise<{ acknowledged: string[]; failed: number }> {
  const acknowledged: string[] = [];
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < docs.length) {
      const doc = docs[next++];
      try {
        const res = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
        const body = (await res.json()) as { article?: string };
        if (res.ok && body.article) acknowledged.push(body.article);
        else failed++;
      } catch {
        failed++; // the connection died with the server: not acknowledged
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { acknowledged, failed };
}

const articleFiles = async (dir: string) => (await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f)).sort();

describe('serve survives kill -9 during ingestion', () => {
  it(`loses no acknowledged article over ${ROUNDS} kills, and the restarted graph equals a clean rebuild`, async () => {
    const data = await mkdtemp(join(tmpdir(), 'conflict-kg-crash-'));
    const articlesDir = join(data, 'articles');
    await mkdir(articlesDir);
    for (const name of (await readdir(SEEDS)).sort().slice(0, 2)) await copyFile(join(SEEDS, name), join(articlesDir, name));
    const docs = syntheticCorpus(ROUNDS * PER_ROUND, SEED).map((d) => ({ text: d.text, date: d.date }));
    let random = SEED;
    const nextDelay = () => ((random = (random * 1103515245 + 12345) % 2 ** 31), 100 + (random % 1400)); // 100–1500 ms
    const acknowledged = new Set<string>();
    const log: string[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const { child, url } = await startServe(data);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/); // the default bind is loopback
      const files = await articleFiles(articlesDir);
      expect(files).toEqual(expect.arrayContaining([...acknowledged]));
      expect((await untilReady(url)).articles).toBe(files.length);
      const delay = nextDelay();
      const killer = new Promise<void>((resolve) => setTimeout(() => { child.kill('SIGKILL'); resolve(); }, delay));
      const stream = await postStream(url, docs.slice(round * PER_ROUND, (round + 1) * PER_ROUND));
      await killer;
      await exited(child);
      stream.acknowledged.forEach((id) => acknowledged.add(id));
      const temps = (await readdir(articlesDir)).filter((f) => f.endsWith('.tmp')).length;
      log.push(`round ${round}: killed after ${delay} ms, ${stream.acknowledged.length} acknowledged, ${stream.failed} cut off, ${temps} temp files left`);
    }

    const { child, url } = await startServe(data);
    const files = await articleFiles(articlesDir);
    const missing = [...acknowledged].filter((id) => !files.includes(id));
    const health = await untilReady(url);
    const served = graphSignature(await (await fetch(`${url}/api/graph`)).json());
    child.kill('SIGTERM');
    await exited(child);
    const clean = graphSignature((await buildCorpus(articlesDir)).graph);
    log.push(`after restart: ${files.length} files (${acknowledged.size} acknowledged, ${missing.length} missing), health.articles ${health.articles}, ${served.nodes.length} nodes / ${served.edges.length} edges served vs ${clean.nodes.length} / ${clean.edges.length} rebuilt`);
    console.info(`kill -9 test (seed ${SEED}):\n  ${log.join('\n  ')}`);

    expect(missing).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(0);
    expect(health).toMatchObject({ status: 'ok', articles: files.length, pending: 0 });
    expect(evidenceCounts(served)).toEqual(evidenceCounts(clean));
    expect(served).toEqual(clean);
  }, 300_000);
});
