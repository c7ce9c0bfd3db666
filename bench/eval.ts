// `conflict-kg eval --each` benchmark: the whole command (node start-up, lexicon and NLP
// model load, every dev article built and scored alone) as a user runs it, BENCH_RUNS
// times (default 5). Prints the median wall time, the machine and the load average.
// Target: the 36 dev articles in well under 15 s on 2 cores.
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DIR = process.env.BENCH_DIR ?? 'data/eval/dev/articles';
const GOLD = process.env.BENCH_GOLD ?? 'data/eval/dev/gold.json';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function benchEval(): void {
  const load = loadavg();
  const seconds: number[] = [];
  let last = '';
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, ['bin/conflict-kg.js', 'eval', '--each', DIR, '--gold', GOLD], { encoding: 'utf8' });
    seconds.push((performance.now() - started) / 1000);
    if (r.status !== 0) throw new Error(`eval --each failed: ${r.stderr}`);
    const lines = r.stdout.trim().split('\n');
    last = `${lines.length - 1} articles, ${lines.at(-1)}`;
    process.stderr.write(`  run ${i + 1}/${RUNS}: ${seconds[i].toFixed(2)} s\n`);
  }
  console.log(`conflict-kg eval --each ${DIR}: ${last}`);
  console.log(`median ${median(seconds).toFixed(2)} s of ${RUNS} runs (min ${Math.min(...seconds).toFixed(2)}, max ${Math.max(...seconds).toFixed(2)})`);
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores, node ${process.version}; load average ${load.map((x) => x.toFixed(2)).join(' ')} → ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}

benchEval();
