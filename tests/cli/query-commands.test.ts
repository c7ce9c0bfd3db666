// ask, paths and export from the command line, over the fixture snapshot.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDataDir, runCli } from './_run-cli.ts';

const data = await fixtureDataDir();

describe('conflict-kg ask', () => {
  it('prints the answer for people', async () => {
    const { stdout, exitCode } = await runCli('ask', 'who backs Haftar?', '--data', data);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^who backs Khalifa Haftar/);
    expect(stdout).toMatch(/Egypt \(direct\)\s+\[backer:egypt\]/);
  });

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
  it('prints paths with a quote per hop', async () => {
    const { stdout } = await runCli('paths', 'Erdogan', 'GNA', '--relations', 'supports', '--data', data);
    expect(stdout).toMatch(/1 path\(s\) from Recep Tayyip Erdogan to Government of National Accord/);
    expect(stdout).toMatch(/Turkey -supports-> Government of National Accord: "Turkey and Qatar/);
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
