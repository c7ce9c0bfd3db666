// build -o .gexf/.graphml, ingest and serve against real articles (the extractor runs).
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDigest, docKey } from '../../src/store/corpus-digest.ts';
import { loadArticles } from '../../src/store/load-articles.ts';
import { runCli } from './_run-cli.ts';
import { killAll, startServe, untilReady } from './_serve.ts';

const SEEDS = new URL('../../data/articles/', import.meta.url).pathname;

describe('conflict-kg build -o', () => {
  it.each([['graph.gexf', /<gexf version="1.3"[\s\S]*mode="dynamic"/], ['graph.graphml', /<graphml/]])('writes %s', async (name, pattern) => {
    const out = join(await mkdtemp(join(tmpdir(), 'conflict-kg-build-')), name);
    const { exitCode } = await runCli('build', SEEDS, '-o', out, '--quiet');
    expect(exitCode).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(pattern);
  });
});

describe('conflict-kg ingest', () => {
  it('adds new articles once, merges them and leaves the snapshot fresh', async () => {
    const data = await mkdtemp(join(tmpdir(), 'conflict-kg-ingest-'));
    const seed = join(SEEDS, (await readdir(SEEDS)).sort()[0]);
    const first = await runCli('ingest', seed, '--data', data, '--json');
    expect(first.exitCode).toBe(0);
    const [outcome] = JSON.parse(first.stdout).outcomes;
    expect(outcome).toMatchObject({ status: 'added', article: expect.stringMatching(/^[0-9a-f]{16}\.txt$/) });
    expect(outcome.facts).toBeGreaterThan(3);
    const snapshot = JSON.parse(await readFile(join(data, 'graph.json'), 'utf8'));
    expect(snapshot.nodes.length).toBeGreaterThan(5);
    const again = await runCli('ingest', seed, '--data', data, '--json');
    expect(JSON.parse(again.stdout).outcomes[0].status).toBe('already there');
    expect(await readdir(join(data, 'articles'))).toEqual([outcome.article]);
  });

  it('leaves a snapshot that matches the folder, so the next command does not rebuild', async () => {
    const data = await mkdtemp(join(tmpdir(), 'conflict-kg-ingest-'));
    const seeds = (await readdir(SEEDS)).sort().map((f) => join(SEEDS, f));
    for (const files of [seeds.slice(0, 2), seeds.slice(2)]) {
      expect((await runCli('ingest', ...files, '--data', data)).exitCode).toBe(0);
      const snapshot = JSON.parse(await readFile(join(data, 'graph.json'), 'utf8'));
      const { docs } = await loadArticles(join(data, 'articles'));
      expect(snapshot.attributes).toMatchObject({ corpus: corpusDigest(docs.map(docKey)), articles: docs.length });
    }
    const asked = await runCli('ask', 'who backs Haftar?', '--data', data);
    expect(asked.exitCode).toBe(0);
    expect(asked.stderr).not.toMatch(/stale|rebuilding/);
    expect(asked.stdout).toMatch(/Egypt|United Arab Emirates/);
    // the graph ingest left equals a clean build of the same folder
    const built = join(data, 'clean.json');
    expect((await runCli('build', join(data, 'articles'), '-o', built, '--quiet')).exitCode).toBe(0);
    const [a, b] = await Promise.all([join(data, 'graph.json'), built].map(async (f) => JSON.parse(await readFile(f, 'utf8'))));
    expect(a.nodes.map((n: { key: string }) => n.key).sort()).toEqual(b.nodes.map((n: { key: string }) => n.key).sort());
    expect(a.edges.map((e: { key: string }) => e.key).sort()).toEqual(b.edges.map((e: { key: string }) => e.key).sort());
  });

  it('skips unusable files, keeps going, and exits 1', async () => {
    const data = await mkdtemp(join(tmpdir(), 'conflict-kg-ingest-'));
    const empty = join(data, 'empty.txt');
    await writeFile(empty, '   ');
    const { stdout, exitCode } = await runCli('ingest', empty, join(data, 'missing.txt'), '--data', data);
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/skipped\s+.*empty\.txt: empty file/);
    expect(stdout).toMatch(/skipped\s+.*missing\.txt: cannot read \(ENOENT\)/);
  });
});

describe('conflict-kg serve', () => {
  afterAll(killAll);

  it('builds the missing snapshot, serves the API, and stops cleanly on SIGTERM', async () => {
    const data = await mkdtemp(join(tmpdir(), 'conflict-kg-serve-'));
    await mkdir(join(data, 'articles'));
    for (const name of await readdir(SEEDS)) await copyFile(join(SEEDS, name), join(data, 'articles', name));
    const served = await startServe(data);
    const health = await untilReady(served.url);
    expect(health).toMatchObject({ status: 'ok', articles: 5, source: 'built' });
    expect(health.nodes).toBeGreaterThan(10);
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
    expect(served.stderr()).toContain('SIGTERM, shutting down');
    expect(JSON.parse(await readFile(join(data, 'graph.json'), 'utf8')).nodes.length).toBe(health.nodes);
  });
});
