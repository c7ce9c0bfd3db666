import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasScorePy, repoRoot, runEval, runScorePy, seedsGold as seeds } from './_score-py.ts';

const available = hasScorePy();

const lastLine = (text: string) => text.trim().split('\n').at(-1);

describe.runIf(available)('eval on the seed graph', () => {
  it('prints the last line score.py prints for data/articles against seeds.json', async () => {
    const graph = path.join(await mkdtemp(path.join(tmpdir(), 'conflict-kg-seed-')), 'g.json');
    const build = spawnSync('node', ['bin/conflict-kg.js', 'build', 'data/articles', '-o', graph], { cwd: repoRoot, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const ours = runEval(graph, seeds, ['--verbose']);
    const theirs = runScorePy(graph, seeds, ['--verbose']);
    expect(lastLine(ours.stdout)).toMatch(/^F1 \d\.\d{3} P \d\.\d{3} R \d\.\d{3}$/);
    expect(lastLine(ours.stdout)).toBe(lastLine(theirs.stdout));
    expect(ours.stdout).toBe(theirs.stdout);
  }, 120_000);
});
