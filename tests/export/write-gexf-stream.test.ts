import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { toGexf } from '../../src/export/to-gexf.ts';
import { writeGexfFile } from '../../src/export/write-gexf-file.ts';
import { writeGexfStream } from '../../src/export/write-gexf-stream.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { runCli, fixtureDataDir } from '../cli/_run-cli.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';
import { seedGraph } from '../fixtures/_seed-graph.ts';
import { hostileGraph } from './_hostile-graph.ts';
import { hasNetworkx, hasXmllint, readWithNetworkx, xmllintGexf } from './_tools.ts';

/** A sink that takes one chunk at a time, asynchronously, and remembers each. */
function slowSink(): { stream: Writable; chunks: string[]; drains: () => number } {
  const chunks: string[] = [];
  let drains = 0;
  const stream = new Writable({ highWaterMark: 1, write: (chunk, _enc, done) => (chunks.push(String(chunk)), setImmediate(done)) });
  stream.on('drain', () => drains++);
  return { stream, chunks, drains: () => drains };
}

async function streamed(graph: KnowledgeGraph, chunkSize?: number): Promise<string> {
  const sink = slowSink();
  await writeGexfStream(graph, sink.stream, { chunkSize });
  return sink.chunks.join('');
}

// a mixed graph with an undirected edge, graph metadata, an integer latitude and an empty label
function mixedGraph(): KnowledgeGraph {
  const graph = new Graph({ type: 'mixed', multi: true }) as unknown as KnowledgeGraph;
  graph.addNode('city:a', { label: 'A', type: 'city', kind: 'city', aliases: [], articles: [], mentions: 1, lat: 31, lon: 16, camp: 2 });
  graph.addNode('actor:b', { label: '', type: 'actor', kind: '', aliases: [], articles: [], mentions: 0 });
  graph.addEdge('actor:b', 'city:a', { relation: 'controls', evidence: [], sources: 0, confidence: 1, since: '2020-06' });
  graph.addUndirectedEdge('actor:b', 'city:a', { relation: 'supports', evidence: [], sources: 2, confidence: 1 });
  graph.setAttribute('creator' as never, 'me & <you>' as never);
  return graph;
}

const seed = await seedGraph();
const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-gexf-stream-'));

describe('writeGexfStream', () => {
  it.each([
    ['the hostile fixture graph', hostileGraph],
    ['the seed graph', () => seed],
    ['an empty graph', createGraph],
    ['a mixed graph with metadata', mixedGraph],
  ])('writes the same bytes as toGexf for %s', async (_name, make) => {
    const graph = make();
    expect(await streamed(graph, 512)).toBe(toGexf(graph));
  });

  it('writes in bounded chunks and waits for the stream to drain', async () => {
    const sink = slowSink();
    const { bytes } = await writeGexfStream(seed, sink.stream, { chunkSize: 2000 });
    const longest = Math.max(...sink.chunks.map((c) => c.length));
    expect(sink.chunks.length).toBeGreaterThan(10);
    // a chunk is at most the threshold plus one element
    expect(longest).toBeLessThan(2000 + 1500);
    expect(sink.drains()).toBeGreaterThan(0);
    expect(bytes).toBe(Buffer.byteLength(sink.chunks.join('')));
  });

  it('fails with KG_IO when the stream is closed under it', async () => {
    const sink = slowSink();
    sink.stream.destroy();
    await expect(writeGexfStream(seed, sink.stream, { chunkSize: 100 })).rejects.toSatisfy((e) => e instanceof KgError && e.code === 'KG_IO');
  });
});

describe('writeGexfFile', () => {
  it('writes the file atomically: toGexf bytes, no temp file left', async () => {
    const path = join(dir, 'seed.gexf');
    await writeGexfFile(seed, path);
    expect(await readFile(path, 'utf8')).toBe(toGexf(seed));
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('fails with KG_IO and leaves nothing behind when the folder does not exist', async () => {
    await expect(writeGexfFile(seed, join(dir, 'missing', 'seed.gexf'))).rejects.toSatisfy((e) => e instanceof KgError && e.code === 'KG_IO');
  });

  it('conflict-kg export --format gexf streams the same bytes', async () => {
    const path = join(dir, 'cli.gexf');
    const { exitCode, stderr } = await runCli('export', '--format', 'gexf', '-o', path, '--data', await fixtureDataDir());
    expect(exitCode).toBe(0);
    expect(stderr).toMatch(/wrote .*cli\.gexf/);
    expect(await readFile(path, 'utf8')).toBe(toGexf(fixtureGraph()));
  });
});

describe('validity of the streamed file', () => {
  const xmllint = hasXmllint();
  const networkx = hasNetworkx();
  const streamedPath = join(dir, 'streamed.gexf');
  const stringPath = join(dir, 'string.gexf');

  it.skipIf(!xmllint)('validates against the GEXF 1.3 RELAX NG schema (xmllint), and the check can fail', async () => {
    const text = (await streamed(hostileGraph())).replace(/\s+xsi:schemaLocation="[^"]*"/, '');
    await writeFile(join(dir, 'bare.gexf'), text);
    const result = xmllintGexf(join(dir, 'bare.gexf'));
    expect(result.output).toMatch(/validates/);
    expect(result.ok).toBe(true);
    await writeFile(join(dir, 'broken.gexf'), text.replace('<edges>', '<edges><bogus/>'));
    expect(xmllintGexf(join(dir, 'broken.gexf')).ok).toBe(false);
  });

  it.skipIf(!networkx)('NetworkX reads the seed graph back with the same counts and values as from toGexf', async () => {
    await writeGexfFile(seed, streamedPath);
    await writeFile(stringPath, toGexf(seed));
    const fromStream = readWithNetworkx('gexf', streamedPath);
    const fromString = readWithNetworkx('gexf', stringPath);
    expect([fromStream.nodes, fromStream.edges]).toEqual([seed.order, seed.size]);
    expect(fromStream).toEqual(fromString);
  });
});
