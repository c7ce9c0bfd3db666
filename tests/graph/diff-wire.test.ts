// A diff crosses from the builder's thread in serialised chunks (diff-wire.ts): it comes
// back exactly (undefined fields and all), decoding takes turns so other work runs in
// between, and no graph changes until the whole decoded diff is applied in one step.
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { createCorpusGraph } from '../../src/graph/corpus-graph.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { receiveDiff, shipDiff } from '../../src/graph/diff-wire.ts';
import { applyDiff, diffOf, emptyDiff } from '../../src/graph/graph-diff.ts';
import { graphSignature } from '../fixtures/_graph-signature.ts';

const docs = syntheticCorpus(30, 5, { actors: 12, places: 8, proposals: 3, words: [150, 300] });
const extractions = docs.map((doc) => extractArticle(doc));

describe('diff wire', () => {
  it('gives back the diff it shipped, in chunks of the given size', async () => {
    const corpus = createCorpusGraph();
    corpus.add(extractions.slice(0, 20));
    const { diff } = corpus.add(extractions.slice(20));
    expect(diff.nodePatches.length + diff.edgePatches.length).toBeGreaterThan(0);
    const shipped = shipDiff(diff, 3);
    expect(shipped.shipped.length).toBeGreaterThan(5);
    expect(await receiveDiff(shipped)).toEqual(diff);
    const odd = { ...emptyDiff(), nodePatches: [['actor:x', { set: { lat: undefined }, articles: [], aliases: [] }]] } as unknown as typeof diff;
    expect(Object.keys((await receiveDiff(shipDiff(odd))).nodePatches[0][1].set)).toEqual(['lat']); // kept, as a structured clone keeps it
  });

  it('decodes a chunk per turn and touches no graph until the whole diff is applied', async () => {
    const corpus = createCorpusGraph();
    corpus.add(extractions);
    const full = diffOf(corpus.graph);
    const served = createGraph();
    let turns = 0;
    let changed = 0;
    served.on('nodeAdded', () => changed++);
    served.on('edgeAdded', () => changed++);
    // counts event-loop turns (a timer's 1 ms would miss them when decoding is fast)
    let ticking = true;
    const tick = () => [turns++, ticking && setImmediate(tick)];
    setImmediate(tick);
    const shipped = shipDiff(full, 10);
    const receiving = receiveDiff(shipped);
    const seenWhileDecoding: number[] = [];
    const watcher = setInterval(() => seenWhileDecoding.push(served.order + served.size), 0);
    const diff = await receiving;
    ticking = false;
    clearInterval(watcher);
    expect(turns).toBeGreaterThan(1);
    expect(changed).toBe(0);
    expect(seenWhileDecoding.filter((size) => size !== 0)).toEqual([]); // readers in between see the graph as it was
    applyDiff(served, diff);
    expect(graphSignature(served)).toEqual(graphSignature(corpus.graph));
  });

  it('passes a plain diff through as it is (the in-process builder)', async () => {
    const diff = emptyDiff();
    expect(await receiveDiff(diff)).toBe(diff);
  });
});
