// Steps 2–4 of the metric on the fixture graph (every rule has a case in it), and the
// figures equal the reference scorer's: per relation tp/system/found/gold and P/R/F1,
// entity recall, duplicates, type accuracy, `until`, wrong/unmapped/missed facts.
import { describe, expect, it } from 'vitest';
import { fixed3, formatScore } from '../../src/eval/format-score.ts';
import { readGraphFile } from '../../src/eval/read-graph.ts';
import { readGold } from '../../src/eval/read-gold.ts';
import { scoreGraph } from '../../src/eval/score-graph.ts';
import { fixture, hasScorePy, runEval, scorePyJson } from './_score-py.ts';

const goldFile = fixture('gold.json');
const gold = await readGold(goldFile);

describe('scoreGraph', () => {
  it('scores duplicates, unmapped ends, optional facts, self-support and `until`', async () => {
    const result = scoreGraph(await readGraphFile(fixture('graph.json')), gold);
    expect(result.neutral_self_support).toBe(1); // Sisi supports the Cairo Declaration he proposes
    expect(result.unmapped).toEqual([
      ['Mercenaries', 'supports', 'Gen. Khalifa Haftar’s'],
      ['Gen. Khalifa Haftar’s', 'proposes', 'mystery'],
      ['ghost', 'supports', 'The Government of National Accord'], // no such node: its key
    ]);
    expect(result.entities).toMatchObject({ missing: ['un'], duplicated: { gna: 2, p_cairo: 2, sirte: 2 }, type_correct: 11, typed: 12 });
    expect(result.controls_temporal).toEqual({ checked: 4, correct: 3 }); // `until: ""` is not set
    expect(result.relations.supports).toMatchObject({ tp: 3, system: 5, found: 2, gold: 3 }); // russia→haftar is optional
    expect(result.relations.rejects.gold).toBe(3); // optional in a.txt, required in b.txt
    expect(result.relations.controls).toMatchObject({ tp: 4, system: 6, precision: 4 / 6, recall: 1 }); // Ankara does not hold Tripoli, nor Sarraj Sirte
  });

  it('restricts the gold to the articles asked for', async () => {
    const result = scoreGraph(await readGraphFile(fixture('graph.json')), gold, new Set(['a.txt']));
    expect(result.overall.gold_relations).toBe(7);
    expect(result.wrong).toContainEqual(['turkey', 'proposes', 'p_moscow']); // a fact of b.txt only
  });
});

describe('formatScore', () => {
  it('prints the table, the entity line and last the overall line', async () => {
    const text = formatScore(scoreGraph(await readGraphFile(fixture('graph.json')), gold), true);
    const lines = text.trim().split('\n');
    expect(lines[0]).toMatch(/^relation +P +R +F1 +system +gold$/);
    expect(lines[3]).toMatch(/^controls +0\.667 +1\.000 +0\.800 +6 +4$/);
    expect(text).toContain('unmapped  ghost supports The Government of National Accord');
    expect(text).toContain('duplicated: gna' + 'x2, p_cairox2, sirtex2');
    expect(lines.at(-1)).toMatch(/^F1 \d\.\d{3} P \d\.\d{3} R \d\.\d{3}$/);
  });

  it.each([
    [0.0625, '0.062'], // a tie goes to the even digit, where toFixed says 0.063
    [0.1875, '0.188'],
    [0.3125, '0.312'],
    [0.9375, '0.938'],
    [2 / 3, '0.667'],
    [0.0005, '0.001'], // not a tie: 0.0005 is slightly above in binary
    [1, '1.000'],
    [0, '0.000'],
  ])('fixed3(%d) → %s', (x, text) => expect(fixed3(x)).toBe(text));
});

describe.runIf(hasScorePy())('the figures equal score.py', () => {
  it.each([
    ['graph.json', []],
    ['graph.json', ['--articles', 'a.txt']],
    ['graph.json', ['--articles', 'b.txt,zz.txt']],
    ['graph.json', ['--articles', '']],
    ['graph.gexf', []],
    ['graph.gexf', ['--articles', 'b.txt']],
  ])('%s %j', (graph, args) => {
    const ours = runEval(fixture(graph), goldFile, ['--json', ...args]);
    expect(ours.stderr).toBe('');
    expect(ours.status).toBe(0);
    const result = JSON.parse(ours.stdout);
    expect(result.overall.gold_relations).toBeGreaterThan(0);
    expect(result).toEqual(scorePyJson(fixture(graph), goldFile, args));
  });
});
