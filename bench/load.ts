// Load benchmark (issue 5): the real server (`conflict-kg serve` in its own process, on
// a copy of data/ and an ephemeral loopback port, with an API token) under autocannon —
// 50 connections for 30 s over a mix of read routes — while one distinct synthetic
// article is POSTed per second. Reports errors, p50/p99 per route, the server's RSS
// before and after (target: 0 errors, growth < 20%), and that every POST answered 2xx
// left its file on disk. RSS is compared idle to idle (once V8 has shrunk the heap after
// the warm-up and after the load). Writes artifacts/bench-load.json. BENCH_SECONDS overrides 30.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServe, stopServe } from './serve-process.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
// BENCH_POSTS=0: reads only, to tell growth from serving apart from growth from ingestion
const POSTS = process.env.BENCH_POSTS !== '0';
const WARMUP_SECONDS = 5;
const IDLE_SECONDS = 40;
const CONNECTIONS = 50;
const HOST = '127.0.0.1';
const TOKEN = randomBytes(16).toString('hex');
const log = (line: string) => process.stderr.write(`bench:load: ${line}\n`);

// bench/autocannon.d.ts types the promise form; this bench needs the tracker's events
type Request = { method: 'GET'; path: string; route: string };
type Tracker = { on(event: 'response', fn: (client: { requestIterator: { currentRequest: Request } }, status: number, bytes: number, ms: number) => void): void };
type Result = { requests: { total: number; average: number }; errors: number; timeouts: number; non2xx: number; latency: { p50: number; p99: number } };
const run = autocannon as unknown as (o: { url: string; connections: number; duration: number; requests: Request[] }, cb: (error: Error | null, result: Result) => void) => Tracker;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN);
const rssMb = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
};

interface GraphJson {
  nodes: Array<{ key: string; attributes: { label: string; type: string } }>;
}

/** Read requests from the live graph: names that exist, so every route answers 200. */
async function readRequests(base: string): Promise<Request[]> {
  const graph = (await (await fetch(`${base}/api/graph`)).json()) as GraphJson;
  const of = (type: string) => graph.nodes.filter((n) => n.attributes.type === type);
  const [actors, backers, cities, proposals] = ['actor', 'backer', 'city', 'proposal'].map(of);
  const q = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`;
  const routes: Record<string, string[]> = {
    '/api/nodes?q=': [...actors.slice(0, 4), ...cities.slice(0, 4)].map((n) => q('/api/nodes', { q: n.attributes.label.split(' ').at(-1)! })),
    '/api/nodes/:key': [...actors.slice(0, 3), ...backers.slice(0, 3), ...cities.slice(0, 2)].map((n) => `/api/nodes/${encodeURIComponent(n.key)}`),
    '/api/paths': backers.slice(0, 4).flatMap((b) => actors.slice(0, 2).map((a) => q('/api/paths', { from: b.attributes.label, to: a.attributes.label }))),
    '/api/backers': actors.slice(0, 6).map((a) => q('/api/backers', { of: a.attributes.label })),
    '/api/proposals': ['/api/proposals'],
    '/api/camps': ['/api/camps'],
    '/api/ask': [
      ...actors.slice(0, 3).map((a) => `who backs ${a.attributes.label}?`),
      ...cities.slice(0, 2).map((c) => `who controls ${c.attributes.label}?`),
      ...proposals.slice(0, 1).map((p) => `who rejected ${p.attributes.label}?`),
    ].map((question) => q('/api/ask', { q: question })),
    '/api/graph': ['/api/graph'],
  };
  // round robin, so every connection goes through every route in turn
  const lists = Object.entries(routes).map(([route, paths]) => paths.map((path): Request => ({ method: 'GET', path, route })));
  const longest = Math.max(...lists.map((l) => l.length));
  const requests = Array.from({ length: longest }, (_, i) => lists.map((l) => l[i % l.length])).flat();
  for (const r of requests) {
    const res = await fetch(base + r.path);
    if (!res.ok) throw new Error(`preflight: GET ${r.path} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  }
  return requests;
}

/** autocannon over `requests`, with latencies kept per route. */
function load(base: string, requests: Request[], seconds: number, connections: number) {
  const perRoute = new Map<string, { ms: number[]; non2xx: number }>();
  return new Promise<{ result: Result; perRoute: typeof perRoute }>((resolve, reject) => {
    const tracker = run({ url: base, connections, duration: seconds, requests }, (error, result) => (error ? reject(error) : resolve({ result, perRoute })));
    tracker.on('response', (client, status, _bytes, ms) => {
      const route = client.requestIterator.currentRequest.route;
      const row = perRoute.get(route) ?? perRoute.set(route, { ms: [], non2xx: 0 }).get(route)!;
      row.ms.push(ms);
      if (status < 200 || status > 299) row.non2xx++;
    });
  });
}

// distinct articles for every POST of the run (warm-up included)
const docs = syntheticCorpus(SECONDS + WARMUP_SECONDS + 20, 20200606, { words: [150, 300] });
let next = 0;

/** One POST /api/articles per second while `until` is pending. */
function postEverySecond(base: string, until: Promise<unknown>) {
  const posts: Array<{ status: number; ms: number; created?: boolean }> = [];
  const inFlight = new Set<Promise<void>>();
  const post = () => {
    const doc = docs[next++ % docs.length];
    const started = performance.now();
    const p = fetch(`${base}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: doc.text, title: doc.title, date: doc.date }),
    })
      .then(async (res) => {
        const body = (await res.json()) as { created?: boolean };
        posts.push({ status: res.status, ms: performance.now() - started, created: body.created });
      })
      .catch(() => void posts.push({ status: 0, ms: performance.now() - started }))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  if (POSTS) post();
  const timer = setInterval(() => POSTS && post(), 1000);
  return until.then(async () => {
    clearInterval(timer);
    await Promise.all(inFlight);
    return posts;
  });
}

async function benchLoad(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'conflict-kg-load-'));
  cpSync(new URL('../data/articles/', import.meta.url).pathname, join(dataDir, 'articles'), { recursive: true });
  const seedFiles = readdirSync(join(dataDir, 'articles')).length;
  const server = startServe(dataDir, { KG_API_TOKEN: TOKEN }, log);
  try {
    const base = `http://${HOST}:${await server.port}`;
    await server.ready;
    const pid = server.child.pid!;
    const atStart = rssMb(pid);
    const requests = await readRequests(base);
    log(`server pid ${pid} on ${base}, RSS ${atStart.rss.toFixed(0)} MB at start; ${requests.length} read requests over 8 routes`);
    log(`warm-up: ${WARMUP_SECONDS} s, 10 connections, 1 POST/s`);
    const warm = load(base, requests, WARMUP_SECONDS, 10);
    const warmPosts = await postEverySecond(base, warm);
    const before = await settle(pid, 'after the warm-up');
    const load0 = loadavg()[0];
    log(`load: ${SECONDS} s, ${CONNECTIONS} connections + 1 POST/s; RSS before ${before.rss.toFixed(0)} MB`);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(rssMb(pid).rss), 1000);
    const main = load(base, requests, SECONDS, CONNECTIONS);
    const posts = await postEverySecond(base, main);
    const { result, perRoute } = await main;
    clearInterval(sampler);
    const after = rssMb(pid);
    const settled = await settle(pid, 'after the load');
    const health = (await (await fetch(`${base}/api/health`)).json()) as { articles: number; pending: number };
    const created = [...warmPosts, ...posts].filter((p) => p.created).length;
    const files = readdirSync(join(dataDir, 'articles')).filter((f) => !f.startsWith('.')).length;
    report({ result, perRoute, posts, before, after, settled, atStart, samples, health, created, files, seedFiles, load0 });
  } finally {
    await stopServe(server.child, 10_000);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Mb = { rss: number; peak: number };

/**
 * The server's RSS once idle: V8 keeps the heap it grew under load until its memory
 * reducer runs after 10–20 s without allocation, so RSS is compared idle to idle. Waits
 * until RSS has fallen and held for 3 s, or IDLE_SECONDS at most.
 */
async function settle(pid: number, when: string): Promise<Mb> {
  const idle: number[] = [];
  let fellAt = -1;
  for (let i = 0; i < IDLE_SECONDS && (fellAt < 0 || i - fellAt < 3); i++) {
    await new Promise((r) => setTimeout(r, 1000));
    idle.push(rssMb(pid).rss);
    if (fellAt < 0 && idle.at(-1)! < 0.9 * idle[0]) fellAt = i;
  }
  log(`RSS each idle second ${when} (MB): ${idle.map(Math.round).join(' ')}`);
  return rssMb(pid);
}

function report(r: {
  result: Result; perRoute: Map<string, { ms: number[]; non2xx: number }>; posts: Array<{ status: number; ms: number }>;
  before: Mb; after: Mb; settled: Mb; atStart: Mb; samples: number[]; health: { articles: number; pending: number };
  created: number; files: number; seedFiles: number; load0: number;
}): void {
  const routes = [...r.perRoute].map(([route, { ms, non2xx }]) => {
    const sorted = ms.sort((a, b) => a - b);
    return { route, requests: ms.length, non2xx, p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99) };
  });
  const postMs = r.posts.map((p) => p.ms).sort((a, b) => a - b);
  const postErrors = r.posts.filter((p) => p.status < 200 || p.status > 299).length;
  routes.push({ route: 'POST /api/articles', requests: r.posts.length, non2xx: postErrors, p50Ms: percentile(postMs, 0.5), p99Ms: percentile(postMs, 0.99) });
  const errors = r.result.errors + r.result.timeouts + r.result.non2xx + postErrors;
  const growth = r.settled.rss / r.before.rss - 1;
  const out = {
    machine: { cores: availableParallelism(), cpu: cpus()[0]?.model, node: process.version, loadAverage1mAtStart: r.load0, loadAverage1mAtEnd: loadavg()[0] },
    settings: { seconds: SECONDS, connections: CONNECTIONS, postsPerSecond: POSTS ? 1 : 0, warmupSeconds: WARMUP_SECONDS },
    totals: { reads: r.result.requests.total, readsPerSecond: r.result.requests.average, errors: r.result.errors, timeouts: r.result.timeouts, non2xx: r.result.non2xx, postErrors, allErrors: errors },
    routes,
    rssMb: { atStart: r.atStart.rss, beforeIdle: r.before.rss, afterLoadImmediately: r.after.rss, afterIdle: r.settled.rss, maxSampled: Math.max(...r.samples), everySecond: r.samples.map(Math.round), peakVmHWM: r.after.peak, growth },
    durability: { postsCreated: r.created, filesOnDisk: r.files, expectedFiles: r.seedFiles + r.created, graphArticles: r.health.articles, pending: r.health.pending },
  };
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-load.json', JSON.stringify(out, null, 2));
  console.log(`\nload benchmark: ${SECONDS} s, ${CONNECTIONS} connections, ${POSTS ? 1 : 0} POST/s; ${out.machine.cores} cores, load average ${r.load0.toFixed(2)} → ${out.machine.loadAverage1mAtEnd.toFixed(2)}`);
  console.log(`| ${'route'.padEnd(20)} | requests | non-2xx | p50 ms | p99 ms |`);
  console.log(`| ${'-'.repeat(20)} | -------- | ------- | ------ | ------ |`);
  for (const x of routes) console.log(`| ${x.route.padEnd(20)} | ${String(x.requests).padStart(8)} | ${String(x.non2xx).padStart(7)} | ${x.p50Ms.toFixed(1).padStart(6)} | ${x.p99Ms.toFixed(1).padStart(6)} |`);
  console.log(`\nreads ${out.totals.reads} (${out.totals.readsPerSecond.toFixed(0)}/s); errors ${r.result.errors}, timeouts ${r.result.timeouts}, non-2xx ${r.result.non2xx}, failed POSTs ${postErrors} → ${errors === 0 ? '0 errors (target met)' : `${errors} errors (target 0: NOT met)`}`);
  console.log(`server RSS: ${r.atStart.rss.toFixed(0)} MB at start; idle after warm-up ${r.before.rss.toFixed(0)} MB → idle after the load ${r.settled.rss.toFixed(0)} MB (${(growth * 100).toFixed(1)}%, target < 20%: ${growth < 0.2 ? 'met' : 'NOT met'}); ${r.after.rss.toFixed(0)} MB the moment the load ended; peak ${r.after.peak.toFixed(0)} MB`);
  console.log(`RSS every second (MB): ${out.rssMb.everySecond.join(' ')}`);
  console.log(`articles: ${r.created} created by POST, ${r.files} files on disk (expected ${out.durability.expectedFiles}), graph counts ${r.health.articles} (${r.health.pending} pending rebuild)`);
  if (errors || r.files !== out.durability.expectedFiles) process.exitCode = 1;
}

benchLoad().catch((error) => {
  console.error(`bench:load: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
