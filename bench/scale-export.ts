// Child process of bench/scale.ts: exports one graph to GEXF in a fresh process, so the
// peak RSS it reports is the export's (graph loading included), not the build's. Modes:
//   snapshot GRAPH.json OUT.gexf stream|string    a graph saved by bench/scale.ts
//   synthetic NODES EDGES OUT.gexf stream|string  bench/synthetic-graph.ts's graph
// Prints one JSON line. Run with --expose-gc so the baseline is measured after a GC.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { writeGexfFile } from '../src/export/write-gexf-file.ts';
import { toGexf } from '../src/export/to-gexf.ts';
import { fromSerialized } from '../src/graph/from-serialized.ts';
import type { KnowledgeGraph } from '../src/types.ts';
import { syntheticGraph } from './synthetic-graph.ts';

const mb = (bytes: number) => bytes / 2 ** 20;
const maxRssMb = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in KB

const [mode, a, b, c, d] = process.argv.slice(2);
let started = performance.now();
let graph: KnowledgeGraph;
let out: string;
let writer: string;
if (mode === 'snapshot') {
  graph = fromSerialized(JSON.parse(readFileSync(a, 'utf8')));
  [out, writer] = [b, c];
} else if (mode === 'synthetic') {
  graph = syntheticGraph(Number(a), Number(b));
  [out, writer] = [c, d];
} else {
  throw new Error(`scale-export: unknown mode "${mode}" (snapshot or synthetic)`);
}
const loadSeconds = (performance.now() - started) / 1000;
(globalThis as { gc?: () => void }).gc?.();
const rssWithGraphMb = mb(process.memoryUsage.rss());
const peakBeforeWriteMb = maxRssMb();

// sampled while writing: the streaming writer yields to the event loop between chunks
let sampledPeak = rssWithGraphMb;
const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, mb(process.memoryUsage.rss()))), 20);
started = performance.now();
if (writer === 'stream') await writeGexfFile(graph, out);
else writeFileSync(out, toGexf(graph));
const writeSeconds = (performance.now() - started) / 1000;
clearInterval(sampler);
sampledPeak = Math.max(sampledPeak, mb(process.memoryUsage.rss()));

process.stdout.write(
  `${JSON.stringify({
    writer,
    nodes: graph.order,
    edges: graph.size,
    loadSeconds,
    writeSeconds,
    bytes: statSync(out).size,
    rssWithGraphMb,
    peakBeforeWriteMb,
    // the string writer blocks the event loop, so only the process high-water mark sees its peak
    peakWhileWritingMb: writer === 'stream' ? sampledPeak : undefined,
    processPeakMb: maxRssMb(),
  })}\n`,
);
