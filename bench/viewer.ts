// Viewer benchmark: a synthetic graph of 5,000 nodes / 20,000 edges served by the real
// app on loopback, opened in headless Debian Chromium. Per run: time to the first painted
// frame, to the settled layout (FA2 then noverlap), and frame times while the layout
// runs. Prints medians over BENCH_RUNS runs (default 3) and writes artifacts/bench-viewer.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createGraph } from '../src/graph/create-graph.ts';
import type { KnowledgeGraph, NodeType, Relation } from '../src/types.ts';
import { launchBrowser } from '../tests/web/_browser.ts';
import { serveViewer } from '../tests/web/_serve-viewer.ts';

const NODES = Number(process.env.BENCH_NODES ?? 5000);
const EDGES = Number(process.env.BENCH_EDGES ?? 20000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COMMUNITIES = 25;
const TYPES: NodeType[] = ['actor', 'backer', 'city', 'proposal'];
const RELATIONS: Relation[] = ['supports', 'rejects', 'controls', 'proposes'];

/** mulberry32: the same synthetic graph on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Communities with a few hubs each, 85% of edges inside a community: alliance-like. */
function syntheticGraph(): KnowledgeGraph {
  const rand = random(42);
  const graph = createGraph();
  for (let i = 0; i < NODES; i++) {
    const type = TYPES[Math.floor(rand() ** 2 * TYPES.length)];
    const articles = Array.from({ length: 1 + Math.floor(rand() ** 3 * 12) }, (_, a) => `${(i + a) % 997}.txt`);
    graph.addNode(`${type}:n${i}`, { label: `Node ${i}`, type, kind: type, aliases: [`N${i}`], articles, mentions: articles.length });
  }
  const keys = graph.nodes();
  const pick = (community: number) => {
    const hub = rand() < 0.3 ? 0 : Math.floor(rand() * (NODES / COMMUNITIES));
    return keys[(hub * COMMUNITIES + community) % NODES];
  };
  for (let e = 0; graph.size < EDGES; e++) {
    const community = Math.floor(rand() * COMMUNITIES);
    const [source, target] = [pick(community), pick(rand() < 0.85 ? community : Math.floor(rand() * COMMUNITIES))];
    if (source === target) continue;
    const relation = RELATIONS[Math.floor(rand() * RELATIONS.length)];
    const quote = `${graph.getNodeAttribute(source, 'label')} ${relation} ${graph.getNodeAttribute(target, 'label')}.`;
    graph.addEdgeWithKey(`e${e}`, source, target, {
      relation,
      evidence: [{ article: `${e % 997}.txt`, sentence: 0, start: 0, end: quote.length, quote, rule: 'bench', date: '2020-06-01' }],
      sources: 1,
      confidence: 0.8,
    });
  }
  return graph;
}

interface RunResult {
  firstFrameMs: number;
  settledMs: number;
  settleReason: string;
  layoutFrames: { frames: number; medianMs: number; p95Ms: number; maxMs: number };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function main(): Promise<void> {
  const graph = syntheticGraph();
  const server = await serveViewer(graph);
  const browser = await launchBrowser();
  const runs: RunResult[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url);
      await page.waitForSelector('body[data-state=ready]', { timeout: 120_000 });
      const result = (await page.evaluate(() => (window as any).__kgViewer.metrics)) as RunResult;
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name.replace('kg:', '')} ${m.startTime.toFixed(0)}`));
      console.log(`run ${run} marks (ms since navigation): ${marks.join(', ')}`);
      await page.close();
      if (errors.length) throw new Error(`run ${run}: page errors: ${errors.join('; ')}`);
      runs.push(result);
      const f = result.layoutFrames;
      console.log(`run ${run}: first frame ${result.firstFrameMs.toFixed(0)} ms, settled ${result.settledMs.toFixed(0)} ms (${result.settleReason}), layout frames median ${f.medianMs.toFixed(1)} ms / p95 ${f.p95Ms.toFixed(1)} ms over ${f.frames}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = {
    graph: { nodes: graph.order, edges: graph.size },
    runs: runs.length,
    medians: {
      firstFrameMs: Math.round(median(runs.map((r) => r.firstFrameMs))),
      settledMs: Math.round(median(runs.map((r) => r.settledMs))),
      layoutFrameMedianMs: +median(runs.map((r) => r.layoutFrames.medianMs)).toFixed(1),
      layoutFrameP95Ms: +median(runs.map((r) => r.layoutFrames.p95Ms)).toFixed(1),
    },
    settleReasons: runs.map((r) => r.settleReason),
    target: { firstFrameMs: 3000 },
  };
  console.log(`\nmedians over ${runs.length} runs (${graph.order} nodes / ${graph.size} edges):`);
  console.log(`  first painted frame  ${summary.medians.firstFrameMs} ms  (target < 3000 ms)`);
  console.log(`  settled layout       ${summary.medians.settledMs} ms`);
  console.log(`  frame time (layout)  median ${summary.medians.layoutFrameMedianMs} ms, p95 ${summary.medians.layoutFrameP95Ms} ms`);
  mkdirSync('artifacts', { recursive: true });
  writeFileSync('artifacts/bench-viewer.json', `${JSON.stringify(summary, null, 2)}\n`);
}

main().catch((error) => {
  console.error(`bench:viewer: ${(error as Error).message}`);
  process.exitCode = 1;
});
