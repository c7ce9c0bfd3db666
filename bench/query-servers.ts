// Child process of bench/query.ts, apart from autocannon so they do not share an event
// loop. Mode "small" serves a bare Express constant and the seed graph; mode "big" builds
// the synthetic graph, times path queries in-process, writes it as an edge list for
// NetworkX and serves it. Each prints one JSON line with its ports.
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { buildCorpus } from '../src/graph/build-corpus.ts';
import { ask } from '../src/query/ask.ts';
import { paths } from '../src/query/paths.ts';
import { createApp } from '../src/server/create-app.ts';
import { prng, syntheticGraph } from './synthetic-graph.ts';

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 1_000_000);
const PAIRS = 50;
const LIBRARY_PAIRS = 500;
export const PATH_OPTIONS = { maxLength: 4, limit: 10 } as const;
const [mode, edgeListPath, pairsPath] = process.argv.slice(2);

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// "small": the bare route and the seed graph; "big": the synthetic graph. Separate
// processes, so the 1M-edge heap's garbage collection does not pause the small servers.
const listen = (app: express.Express) =>
  new Promise<number>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });

if (mode === 'small') {
  const seed = (await buildCorpus(new URL('../data/articles/', import.meta.url).pathname)).graph;
  const bare = express();
  bare.get('/constant', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const ports = { bare: await listen(bare), seed: await listen(createApp(seed, { logger: false, webDist: false })) };
  process.stdout.write(`${JSON.stringify({ ports })}\n`);
} else {
  let started = performance.now();
  const big = syntheticGraph(NODES, EDGES);
  log(`synthetic graph ${big.order} nodes, ${big.size} edges in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const keys = big.nodes();
  const random = prng(7);
  const pairs = Array.from({ length: LIBRARY_PAIRS }, () => [keys[Math.floor(random() * NODES)], keys[Math.floor(random() * NODES)]]);
  ask(big, 'who backs Node 1?'); // warm the name index
  for (const [from, to] of pairs) paths(big, from, to, PATH_OPTIONS); // warm-up pass (JIT), not timed
  const times: number[] = [];
  const found: number[] = [];
  for (const [from, to] of pairs) {
    started = performance.now();
    const r = paths(big, from, to, PATH_OPTIONS);
    times.push(performance.now() - started);
    found.push(r.paths.length);
  }
  log(`library paths on the synthetic graph: median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`);
  const lines: string[] = [];
  big.forEachEdge((_e, _a, s, t) => lines.push(`${s} ${t}`));
  writeFileSync(edgeListPath, lines.join('\n') + '\n');
  writeFileSync(pairsPath, JSON.stringify(pairs));
  // No response cache here: every request runs its query, so the figures are query costs.
  const ports = { synthetic: await listen(createApp(big, { logger: false, webDist: false, cacheResponses: false })) };
  const p99 = [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.99)];
  process.stdout.write(`${JSON.stringify({ ports, pairs: pairs.slice(0, PAIRS), library: { medianMs: median(times), p99Ms: p99, maxMs: Math.max(...times), times, found } })}\n`);
}
