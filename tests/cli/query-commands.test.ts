// ask, paths and export from the command line, over the fixture snapshot (and, for the
// evidence under each answer, over real articles).
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDataDir, runCli } from './_run-cli.ts';

const data = await fixtureDataDir();

/** A data folder whose articles/ holds copies of `files` (the graph is built on first use). */
async function articlesDataDir(files: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-cli-articles-'));
  await mkdir(join(dir, 'articles'));
  for (const file of files) await copyFile(file, join(dir, 'articles', file.split('/').at(-1)!));
  return dir;
}

/** The printed answer as rows, each with the indented lines under it. */
function rows(stdout: string): Array<{ row: string; under: string[] }> {
  const out: Array<{ row: string; under: string[] }> = [];
  for (const line of stdout.trimEnd().split('\n').slice(1)) {
    if (/^ {2}\S/.test(line)) out.push({ row: line.trim(), under: [] });
    else out.at(-1)!.under.push(line.trim());
  }
  return out;
}

const SEEDS = new URL('../../data/articles/', import.meta.url).pathname;
const DEV = new URL('../../data/eval/dev/articles/', import.meta.url).pathname;

describe('conflict-kg ask', () => {
  it('prints the answer for people', async () => {
    const { stdout, exitCode } = await runCli('ask', 'who backs Haftar?', '--data', data);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^who backs Khalifa Haftar/);
    expect(stdout).toMatch(/Egypt \(direct\)\s+\[backer:egypt\]/);
  });

  it('follows each answer row with its own evidence, at most two quotes', async () => {
    const { stdout } = await runCli('ask', 'who backs Haftar?', '--data', data);
    const answer = rows(stdout);
    expect(answer.map((r) => r.row.split(' (')[0])).toEqual(['Abdel Fattah al-Sisi', 'Egypt', 'France', 'Russia', 'Saudi Arabia', 'United Arab Emirates']);
    expect(answer[0].under).toEqual(['"Sisi, a key supporter of Haftar" (001_71a47ef4b4e3c9be.txt)']);
    expect(answer[4].under).toEqual(['"Haftar, backed by Egypt, the UAE and Saudi Arabia" (002_d3d53ad44076e59b.txt)']);
    for (const { under } of answer) expect(under.filter((l) => l.startsWith('"')).length).toBeGreaterThanOrEqual(1);
  });

  it('prints each backer of Haftar in the seed articles with its own quote under it', async () => {
    const files = ['000_d1b8230fdb0b1868.txt', '001_71a47ef4b4e3c9be.txt', '002_d3d53ad44076e59b.txt'].map((f) => join(SEEDS, f));
    const { stdout, exitCode } = await runCli('ask', 'who backs Haftar?', '--data', await articlesDataDir(files));
    expect(exitCode).toBe(0);
    const answer = rows(stdout);
    expect(answer.length).toBeGreaterThanOrEqual(4);
    for (const { row, under } of answer) {
      const quotes = under.filter((l) => l.startsWith('"'));
      expect(quotes.length, row).toBeGreaterThanOrEqual(1);
      expect(quotes.length, row).toBeLessThanOrEqual(2);
      expect(new Set(quotes).size).toBe(quotes.length); // each quote once
      const name = row.split(' (')[0].split(' ').at(-1)!.replace(/^(al|el)-/, ''); // "Abdel Fattah al-Sisi" → "Sisi"
      expect(quotes.some((q) => q.includes(name)), `${row}: ${quotes.join(' / ')}`).toBe(true);
    }
  }, 60_000);

  it('names the outlet of an article with a source URL', async () => {
    const { stdout } = await runCli('ask', 'who backs Haftar?', '--data', await articlesDataDir([join(DEV, 'libya_05.txt')]));
    expect(stdout).toMatch(/^ +".+" \(libya_05\.txt, maghrebnews\.org\)$/m);
  }, 60_000);

  it('prints JSON with --json', async () => {
    const { stdout } = await runCli('ask', 'who', 'rejected', 'the', 'Cairo', 'Declaration', '--json', '--data', data);
    const result = JSON.parse(stdout);
    expect(result.interpretation.template).toBe('who-rejects');
    expect(result.answer.items.map((i: { label: string }) => i.label)).toEqual(['Government of National Accord']);
  });

  it.each([
    ['what is love?', 'KG_INVALID_INPUT'],
    ['who backs Atlantis?', 'KG_NOT_FOUND'],
  ])('fails with one line and exit code 1 for %j', async (question, code) => {
    const { stderr, exitCode } = await runCli('ask', question, '--data', data);
    expect(exitCode).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`[${code}]`);
  });
});

describe('conflict-kg paths', () => {
  it('prints paths with the quotes of each hop under it', async () => {
    const { stdout } = await runCli('paths', 'Erdogan', 'GNA', '--relations', 'supports', '--data', data);
    expect(stdout.trim().split('\n')).toEqual([
      '1 path(s) from Recep Tayyip Erdogan to Government of National Accord',
      '1. Recep Tayyip Erdogan → Turkey → Government of National Accord',
      '     Recep Tayyip Erdogan -supports-> Turkey',
      '       "Erdogan said Turkey would" (002_d3d53ad44076e59b.txt)',
      '     Turkey -supports-> Government of National Accord',
      '       "Turkey and Qatar played a pivotal role in supporting the legitimate Libyan government" (000_d1b8230fdb0b1868.txt)',
    ]);
  });

  it('prints JSON with --json and honours --max-length', async () => {
    const { stdout } = await runCli('paths', 'Turkey', 'Khalifa Haftar', '--max-length', '2', '--json', '--data', data);
    const result = JSON.parse(stdout);
    expect(result.paths.length).toBeGreaterThan(0);
    expect(result.paths.every((p: { length: number }) => p.length <= 2)).toBe(true);
  });

  it('refuses --max-length 9', async () => {
    const { stderr, exitCode } = await runCli('paths', 'Turkey', 'Qatar', '--max-length', '9', '--data', data);
    expect(exitCode).toBe(1);
    expect(stderr).toContain('KG_INVALID_INPUT');
  });
});

describe('conflict-kg export', () => {
  it.each([
    ['gexf', 'out.gexf', /<gexf version="1.3"/],
    ['graphml', 'out.graphml', /<graphml/],
    ['json', 'out.json', /"nodes":\[/],
  ])('--format %s writes %s', async (format, name, pattern) => {
    const file = join(data, name);
    const { exitCode } = await runCli('export', '--format', format, '-o', file, '--data', data);
    expect(exitCode).toBe(0);
    expect(await readFile(file, 'utf8')).toMatch(pattern);
  });

  it('--format neo4j writes both CSVs into the folder', async () => {
    const dir = join(data, 'neo4j');
    await runCli('export', '--format', 'neo4j', '-o', dir, '--data', data);
    expect(await readFile(join(dir, 'nodes.csv'), 'utf8')).toMatch(/^key:ID,/);
    expect(await readFile(join(dir, 'relationships.csv'), 'utf8')).toMatch(/^:START_ID,:END_ID,:TYPE/);
  });

  it('refuses an unknown format', async () => {
    const { exitCode } = await runCli('export', '--format', 'pdf', '-o', join(data, 'x.pdf'), '--data', data);
    expect(exitCode).toBe(1);
  });

  it('fails with one line when the data folder has no graph', async () => {
    const { stderr, exitCode } = await runCli('ask', 'who backs Haftar?', '--data', join(data, 'missing'));
    expect(exitCode).toBe(1);
    expect(stderr).toContain('KG_NOT_FOUND');
  });
});
