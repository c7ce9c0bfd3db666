// The seed graph (data/articles, built as `conflict-kg build` builds it) scored against
// the seed gold: the figures equal the reference scorer's, field for field.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGraphFile } from '../../src/cli/write-graph-file.ts';
import { readGraphFile } from '../../src/eval/read-graph.ts';
import { readGold } from '../../src/eval/read-gold.ts';
import { scoreGraph } from '../../src/eval/score-graph.ts';
import { buildCorpus } from '../../src/graph/build-corpus.ts';
import { hasScorePy, repoRoot, scorePyJson, seedsGold } from './_score-py.ts';

describe.runIf(hasScorePy())('eval on the seed graph', () => {
  it.each(['g.json', 'g.gexf'])('scores the seed graph as %s as score.py does', async (name) => {
    const graphFile = path.join(await mkdtemp(path.join(tmpdir(), 'conflict-kg-seed-')), name);
    await writeGraphFile((await buildCorpus(path.join(repoRoot, 'data/articles'))).graph, graphFile);
    const ours = scoreGraph(await readGraphFile(graphFile), await readGold(seedsGold));
    expect(ours.overall.f1).toBeGreaterThan(0.5);
    expect(ours.entities.found).toBeGreaterThan(10);
    expect(JSON.parse(JSON.stringify(ours))).toEqual(scorePyJson(graphFile, seedsGold));
  }, 60_000);
});
