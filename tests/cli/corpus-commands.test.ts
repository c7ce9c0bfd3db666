// build -o .gexf/.graphml, ingest and serve against real articles (the extractor runs).
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './_run-cli.ts';

const SEEDS = new URL('../../data/articles/', import.meta.url).pathname;
const BIN = new URL('../../bin/conflict-kg.js', import.meta.url).pathname;

describe('conflict-kg build -o', () => {
  it.each([['graph.gexf', /<gexf version="1.3"[\s\S]*mode="dynamic"/], ['graph.graphml', /<graphml/]])('writes %s', async (name, pattern) => {
    const out = join(await mkdtemp(join(tmpdir(), 'conflict-kg-build-')), name);
    const { exitCode } = await runCli('build', SEEDS, '-o', out, '--quiet');
    expect(exitCode).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(pattern);
  });
});

describe('conflict-kg ingest', () => {
  it('adds new articles once, merges them and rewrites the snapshot', async () => {
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
  it('builds the missing snapshot, serves the API, and stops cleanly on SIGTERM', async () => {
    const data = await mkdtemp(join(tmpdir(), 'conflict-kg-serve-'));
    await mkdir(join(data, 'articles'));
    for (const name of await readdir(SEEDS)) await copyFile(join(SEEDS, name), join(data, 'articles', name));
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', data], { env: { ...process.env, HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk;
        const m = /serving .* on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early (${code}): ${stderr}`)));
    });
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', articles: 5 });
    expect(health.nodes).toBeGreaterThan(10);
    expect(JSON.parse(await readFile(join(data, 'graph.json'), 'utf8')).nodes.length).toBe(health.nodes);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('SIGTERM, shutting down');
  });
});
