// The merge is order-independent: the graph of a set of articles is the same whatever
// order they are added in and however they are batched (one by one like a live server,
// all at once like a build), for real articles through the extractor and for generated
// extractions made to be hard to resolve; and the diffs each addition returns rebuild
// exactly that graph on another graph (what the server does with them).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { createCorpusGraph } from '../../src/graph/corpus-graph.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { applyDiff, diffOf } from '../../src/graph/graph-diff.ts';
import { parseArticle } from '../../src/store/parse-article.ts';
import type { ArticleExtraction } from '../../src/types.ts';
import { graphSignature } from '../fixtures/_graph-signature.ts';
import { ordering, randomExtractions } from '../fixtures/_random-extractions.ts';

const SEEDS = new URL('../../data/articles/', import.meta.url).pathname;
const seeds = await Promise.all((await readdir(SEEDS)).sort().map(async (f) => parseArticle(f, await readFile(join(SEEDS, f), 'utf8'))));
// small pools, so the same invented names, places and proposals recur across articles
const synthetic = syntheticCorpus(40, 9, { actors: 16, places: 10, proposals: 4, words: [120, 250] });
const real = [...seeds, ...synthetic].map((doc) => extractArticle(doc));

/** Adds `extractions` in the given batches; returns the graph and a mirror built only from the diffs. */
function addInOrder(extractions: ArticleExtraction[], batches: number[][]) {
  const corpus = createCorpusGraph();
  const mirror = createGraph();
  for (const batch of batches) applyDiff(mirror, corpus.add(batch.map((i) => extractions[i])).diff);
  return { graph: corpus.graph, mirror };
}

function expectOrderFree(extractions: ArticleExtraction[], batches: number[][]): void {
  const reference = graphSignature(addInOrder(extractions, [extractions.map((_, i) => i)]).graph);
  const { graph, mirror } = addInOrder(extractions, batches);
  expect(graphSignature(graph)).toEqual(reference);
  expect(graphSignature(mirror)).toEqual(reference);
}

it('one article more sends patches, not the whole lists of a popular node or edge', () => {
  const corpus = createCorpusGraph();
  corpus.add(real.slice(0, -1));
  const { diff } = corpus.add([real.at(-1)!]);
  expect(diff.nodePatches.length).toBeGreaterThan(0);
  for (const [key, patch] of diff.nodePatches) expect(patch.articles.length).toBeLessThan(corpus.graph.getNodeAttribute(key, 'articles').length);
  expect(JSON.stringify(diff).length).toBeLessThan(JSON.stringify(diffOf(corpus.graph)).length / 10);
});

describe('corpus graph: order-independent merge', () => {
  it('real articles (seeds + synthetic, through the extractor): any order, any batching, the same graph', () => {
    fc.assert(fc.property(ordering(real.length), (batches) => expectOrderFree(real, batches)), { numRuns: 25 });
  }, 120_000);

  it('generated hard cases: any order, any batching, the same graph', () => {
    const cases = randomExtractions({ min: 2, max: 30 }).chain((extractions) => fc.tuple(fc.constant(extractions), ordering(extractions.length)));
    fc.assert(fc.property(cases, ([extractions, batches]) => expectOrderFree(extractions, batches)), { numRuns: 300 });
  }, 120_000);

  it('an article added twice changes nothing the second time', () => {
    const corpus = createCorpusGraph();
    corpus.add(real);
    const before = graphSignature(corpus.graph);
    const { diff, touched } = corpus.add([real[0]]);
    expect(graphSignature(corpus.graph)).toEqual(before);
    expect(diff).toMatchObject({ nodes: [], nodePatches: [], edges: [], edgePatches: [], dropNodes: [], dropEdges: [] });
    expect(touched.get(real[0].article)?.nodes.length).toBeGreaterThan(0);
  });

  it('reverse order gives the same keys for the real corpus (the old merge gave other "-2" keys and labels)', () => {
    const forward = addInOrder(real, real.map((_, i) => [i])).graph;
    const backward = addInOrder(real, real.map((_, i) => [real.length - 1 - i])).graph;
    expect(backward.nodes().sort()).toEqual(forward.nodes().sort());
    expect(backward.edges().sort()).toEqual(forward.edges().sort());
    expect(forward.order).toBeGreaterThan(40);
  });
});
