// Runs tests/fixtures/eval/score.py (the reference scorer, copied from the project's
// shared data; see tests/README.md) and our CLI. Without python3 a test fails under
// CI=true and is skipped elsewhere with one line.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const fixture = (name: string) => path.join(repoRoot, 'tests/fixtures/eval', name);
export const scorePy = fixture('score.py');
/** The repository's own evaluation set (data/eval/README.md). */
export const seedsGold = path.join(repoRoot, 'data/eval/seeds/gold.json');
export const devGold = path.join(repoRoot, 'data/eval/dev/gold.json');

/** True when python3 can run score.py; throws in CI when it cannot, warns once elsewhere. */
export function hasScorePy(): boolean {
  if (spawnSync('python3', ['--version']).status === 0) return true;
  if (process.env.CI === 'true') throw new Error('python3 is required in CI to compare with score.py: apt-get install python3');
  console.warn('skipping comparisons with score.py: python3 not found (Debian package python3)');
  return false;
}

const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: repoRoot, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** `python3 score.py GRAPH GOLD ...args` */
export const runScorePy = (graph: string, gold: string, args: string[] = []) => run('python3', [scorePy, graph, gold, ...args]);

/** score.py's --json result for GRAPH against GOLD. */
export function scorePyJson(graph: string, gold: string, args: string[] = []): unknown {
  const r = runScorePy(graph, gold, ['--json', ...args]);
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

/** `node bin/conflict-kg.js eval GRAPH --gold GOLD ...args` */
export const runEval = (graph: string, gold: string, args: string[] = []) => run('node', ['bin/conflict-kg.js', 'eval', graph, '--gold', gold, ...args]);

/** Calls a function of score.py (e.g. norm) on each argument list; returns the results. */
export function callScorePy(name: string, calls: unknown[][]): unknown[] {
  const code = `import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("score", ${JSON.stringify(scorePy)})
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
print(json.dumps([getattr(m, ${JSON.stringify(name)})(*args) for args in json.loads(sys.stdin.read())]))`;
  const r = spawnSync('python3', ['-c', code], { input: JSON.stringify(calls), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}
