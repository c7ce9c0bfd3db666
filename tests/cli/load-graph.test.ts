// Start-up: the snapshot is used only when it was built from exactly the articles on
// disk; a missing, corrupt or stale one is rebuilt (and equals a clean build), and
// temp files left by a killed writer are cleared.
import { copyFile, mkdir, mkdtemp, readdir, readFile, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/cli/load-graph.ts';
import { buildCorpus } from '../../src/graph/build-corpus.ts';
import { graphSignature } from '../fixtures/_graph-signature.ts';

const SEEDS = new URL('../../data/articles/', import.meta.url).pathname;

async function dataDir(): Promise<string> {
  const data = await mkdtemp(join(tmpdir(), 'conflict-kg-load-'));
  await mkdir(join(data, 'articles'));
  for (const name of (await readdir(SEEDS)).sort().slice(0, 2)) await copyFile(join(SEEDS, name), join(data, 'articles', name));
  await loadGraph(data); // writes a fresh snapshot
  return data;
}

const snapshot = (data: string) => join(data, 'graph.json');

describe('loadGraph', () => {
  it('uses a snapshot built from exactly these articles', async () => {
    const data = await dataDir();
    expect((await loadGraph(data)).source).toBe('snapshot');
  });

  it.each([
    ['missing', (data: string) => unlink(snapshot(data))],
    ['truncated (corrupt)', async (data: string) => writeFile(snapshot(data), (await readFile(snapshot(data), 'utf8')).slice(0, 100))],
    ['not a graph', (data: string) => writeFile(snapshot(data), '{"hello": 1}')],
    ['stale: an article added, even with an old mtime', async (data: string) => {
      const added = join(data, 'articles', 'zz-new.txt');
      await writeFile(added, 'Turkey backs the Government of National Accord, officials said.');
      await utimes(added, new Date(2001, 0, 1), new Date(2001, 0, 1));
    }],
    ['stale: an article removed', async (data: string) => unlink(join(data, 'articles', (await readdir(join(data, 'articles'))).sort()[0]))],
    ['stale: built from other articles (another corpus digest)', async (data: string) => {
      const json = JSON.parse(await readFile(snapshot(data), 'utf8'));
      json.attributes.corpus = '0'.repeat(64);
      await writeFile(snapshot(data), JSON.stringify(json));
    }],
  ])('rebuilds a %s snapshot, equal to a clean build, and saves it', async (_case, spoil) => {
    const data = await dataDir();
    await spoil(data);
    const warnings: string[] = [];
    const loaded = await loadGraph(data, (w) => warnings.push(w));
    expect(loaded.source).toBe('built');
    expect(warnings[0]).toMatch(/snapshot .* is (missing or unreadable|stale)/);
    expect(graphSignature(loaded.graph)).toEqual(graphSignature((await buildCorpus(join(data, 'articles'))).graph));
    expect((await loadGraph(data)).source).toBe('snapshot');
  });

  it('removes temp files a killed writer left behind, but not young ones', async () => {
    const data = await dataDir();
    const old = join(data, 'articles', '.0123456789abcdef.txt.4242.deadbeef.tmp');
    const young = join(data, 'articles', '.fedcba9876543210.txt.4243.cafebabe.tmp');
    await writeFile(old, 'half an art');
    await writeFile(young, 'being written');
    await utimes(old, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    await loadGraph(data);
    const names = await readdir(join(data, 'articles'));
    expect(names).not.toContain('.0123456789abcdef.txt.4242.deadbeef.tmp');
    expect(names).toContain('.fedcba9876543210.txt.4243.cafebabe.tmp');
  });
});
