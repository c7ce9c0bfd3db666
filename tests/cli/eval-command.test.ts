// `conflict-kg eval --each DIR --gold FILE` from the command line: rows, the final line,
// --json for machines, and one-line errors for a wrong combination of arguments.
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './_run-cli.ts';

const DEV = new URL('../../data/eval/dev/', import.meta.url).pathname;
const GOLD = join(DEV, 'gold.json');

async function devSample(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-eval-each-'));
  for (const name of ['libya_09.txt', 'libya_u07.txt']) await copyFile(join(DEV, 'articles', name), join(dir, name));
  return dir;
}

describe('conflict-kg eval --each', () => {
  it('prints a row per article and the per-article line', async () => {
    const { stdout, stderr, exitCode } = await runCli('eval', '--each', await devSample(), '--gold', GOLD);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^libya_09\.txt +system +\d+ right +\d+ \| gold +4 found +\d+$/);
    expect(lines[1]).toMatch(/^libya_u07\.txt +system +\d+ right +\d+ \| gold +2 found +\d+$/);
    expect(lines[2]).toMatch(/^per-article F1 0\.\d{3} P \d\.\d{3} R 0\.\d{3}$/);
  });

  it('--json gives each article with its full score and the totals', async () => {
    const { stdout } = await runCli('eval', '--each', await devSample(), '--gold', GOLD, '--json');
    const each = JSON.parse(stdout);
    expect(each.articles.map((a: { article: string }) => a.article)).toEqual(['libya_09.txt', 'libya_u07.txt']);
    expect(each.articles[0]).toMatchObject({ gold: 4, result: { relations: { controls: expect.any(Object) } } });
    expect(each.total.gold).toBe(6);
    expect(each.total.f1).toBeGreaterThan(0);
  });

  it.each([
    ['a GRAPH and --each', ['eval', 'g.json', '--each', 'dir', '--gold', GOLD], 'KG_INVALID_INPUT'],
    ['neither', ['eval', '--gold', GOLD], 'KG_INVALID_INPUT'],
    ['--each with --articles', ['eval', '--each', DEV, '--articles', 'a.txt', '--gold', GOLD], 'KG_INVALID_INPUT'],
    ['a missing folder', ['eval', '--each', join(DEV, 'missing'), '--gold', GOLD], 'KG_NOT_FOUND'],
    ['a missing gold file', ['eval', '--each', DEV, '--gold', join(DEV, 'missing.json')], 'KG_NOT_FOUND'],
    ['a gold file that is not JSON', ['eval', '--each', DEV, '--gold', join(DEV, 'INDEX.md')], 'KG_INVALID_INPUT'],
  ])('%s: one line and exit 1', async (_, args, code) => {
    const { stderr, exitCode } = await runCli(...args);
    expect(exitCode).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`[${code}]`);
  });
});
