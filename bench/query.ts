// Query benchmark (issue 3): autocannon on loopback (50 connections, 10 s per run)
// against /api/paths and /api/ask on the seed graph and on a synthetic graph of 100k
// nodes / 1M edges, next to a bare Express route returning a constant; then the same
// path queries in NetworkX. Reports medians of BENCH_RUNS runs (default 3) and writes
// artifacts/bench-query.json. Targets: seed ≥ 0.8× bare throughput; p99 < 20 ms for
// bounded path queries on the 100k graph; faster than NetworkX.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const HOST = '127.0.0.1';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

const work = mkdtempSync(join(tmpdir(), 'conflict-kg-bench-'));
const edgeList = join(work, 'edges.txt');
const pairsFile = join(work, 'pairs.json');
type Ready = { ports: Record<string, number>; pairs: string[][]; library: { medianMs: number; p99Ms: number; maxMs: number; found: number[] } };
function startServers(mode: 'small' | 'big') {
  const child = spawn(process.execPath, ['--max-old-space-size=6144', '--import', 'tsx', new URL('./query-servers.ts', import.meta.url).pathname, mode, edgeList, pairsFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<Ready>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`query-servers ${mode} exited with ${code}`)));
  });
  return { child, ready };
}

const q = (path: string, params: Record<string, string | number>) => `${path}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
type Scenario = { name: string; port: number; paths: string[] };

interface Row {
  scenario: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  runs: Array<{ reqPerSec: number; p50: number; p99: number }>;
}

async function measure(s: Scenario): Promise<Row> {
  const runs: Row['runs'] = [];
  let errors = 0;
  let non2xx = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await autocannon({ url: `http://${HOST}:${s.port}`, connections: CONNECTIONS, duration: DURATION, requests: s.paths.map((path) => ({ method: 'GET', path })) });
    runs.push({ reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 });
    errors += r.errors + r.timeouts;
    non2xx += r.non2xx;
    log(`${s.name}: run ${i + 1}/${RUNS} ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`);
  }
  return { scenario: s.name, reqPerSec: median(runs.map((r) => r.reqPerSec)), p50Ms: median(runs.map((r) => r.p50)), p99Ms: median(runs.map((r) => r.p99)), errors, non2xx, runs };
}

const rows: Row[] = [];
const small = startServers('small');
try {
  const { ports } = await small.ready;
  for (const s of [
    { name: 'bare Express constant', port: ports.bare, paths: ['/constant'] },
    { name: 'seed /api/paths Turkey→Khalifa Haftar', port: ports.seed, paths: [q('/api/paths', { from: 'Turkey', to: 'Khalifa Haftar' })] },
    { name: 'seed /api/ask who backs Haftar?', port: ports.seed, paths: [q('/api/ask', { q: 'who backs Haftar?' })] },
  ]) rows.push(await measure(s));
} finally {
  small.child.kill('SIGTERM');
}
const big = startServers('big');
let ready: Ready;
try {
  ready = await big.ready;
  const port = ready.ports.synthetic;
  for (const s of [
    { name: '100k /api/paths (uncached, maxLength 4, limit 10)', port, paths: ready.pairs.map(([from, to]) => q('/api/paths', { from, to, maxLength: 4, limit: 10 })) },
    { name: '100k /api/ask how is X connected to Y (uncached)', port, paths: ready.pairs.map(([from, to]) => q('/api/ask', { q: `how is ${from} connected to ${to}?` })) },
  ]) rows.push(await measure(s));
} finally {
  big.child.kill('SIGTERM');
}

log('NetworkX: loading the same 1M-edge graph and running the same path queries');
const nx = JSON.parse(execFileSync('python3', [new URL('./paths_networkx.py', import.meta.url).pathname, edgeList, pairsFile], { encoding: 'utf8', maxBuffer: 1 << 26 }));
const bare = rows[0].reqPerSec;
const report = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  settings: { connections: CONNECTIONS, seconds: DURATION, runs: RUNS },
  http: rows.map((r) => ({ ...r, vsBare: r.reqPerSec / bare })),
  pathsLibrary100k: { medianMs: ready.library.medianMs, p99Ms: ready.library.p99Ms, maxMs: ready.library.maxMs, pairsWithPaths: ready.library.found.filter(Boolean).length },
  pathsNetworkx100k: { version: nx.version, medianMs: nx.medianMs, p99Ms: nx.p99Ms, maxMs: nx.maxMs, loadSeconds: nx.loadSeconds, pairsWithPaths: nx.found.filter(Boolean).length },
  sameAnswerCounts: ready.library.found.every((n, i) => n === nx.found[i]),
};
mkdirSync('artifacts', { recursive: true });
writeFileSync('artifacts/bench-query.json', JSON.stringify(report, null, 2));
console.log(`\nquery benchmark (${report.machine.cpus} cores, ${CONNECTIONS} connections, ${DURATION} s × ${RUNS} runs, medians)`);
console.log('scenario'.padEnd(44), 'req/s'.padStart(8), '× bare'.padStart(7), 'p50 ms'.padStart(7), 'p99 ms'.padStart(7), 'non-2xx'.padStart(8));
for (const r of report.http) console.log(r.scenario.padEnd(44), r.reqPerSec.toFixed(0).padStart(8), r.vsBare.toFixed(2).padStart(7), String(r.p50Ms).padStart(7), String(r.p99Ms).padStart(7), String(r.non2xx).padStart(8));
console.log(`\npaths on 100k/1M (same ${ready.library.found.length} pairs, ≤ 10 paths of ≤ 4 hops): conflict-kg median ${report.pathsLibrary100k.medianMs.toFixed(2)} ms, p99 ${report.pathsLibrary100k.p99Ms.toFixed(1)} ms; NetworkX ${nx.version} median ${nx.medianMs.toFixed(2)} ms, p99 ${nx.p99Ms.toFixed(1)} ms; same path counts: ${report.sameAnswerCounts}`);
