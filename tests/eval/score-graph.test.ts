import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkGold } from '../../src/eval/check-gold.ts';
import { mapNodes } from '../../src/eval/map-nodes.ts';
import { readGraphFile } from '../../src/eval/read-graph-file.ts';
import { scoreGraph } from '../../src/eval/score-graph.ts';
import { fixture, hasScorePy, runEval, runScorePy } from './_score-py.ts';

const goldFile = fixture('gold.json');
const gold = checkGold(JSON.parse(await readFile(goldFile, 'utf8')), goldFile);
const withPython = hasScorePy();

describe('scoreGraph', () => {
  it('maps nodes through titles, "the", possessives, accents, aliases and proposal rules', async () => {
    const mapping = mapNodes(await readGraphFile(fixture('graph.json')), gold);
    expect(Object.fromEntries(mapping)).toEqual({
      n1: 'haftar', // "Gen. Khalifa Haftar’s"
      n2: 'gna', // "The Government of National Accord"
      n3: 'sarraj', // "Prime Minister Fayez al‑Sarraj"
      n4: 'gna', // ambiguous label "Libyan army", alias "GNA"
      n5: 'turkey', // label beside `attributes`
      n6: 'russia', // type given as `kind`
      n7: 'sirte',
      n8: 'tarhuna', // aliases as a JSON string
      n9: null,
      n10: 'tripoli', // `name` when the label is empty; "Trípoli"
      n11: 'sisi',
      n12: 'egypt',
      13: 'sirte', // numeric id, null label, aliases
      p1: 'p_cairo', // by its proposers
      p2: 'p_cairo', // by label
      p3: 'p_eid', // "truce" is two proposals; the month decides
      p4: 'p_berlin', // proposers fit several: best Jaccard
      p5: 'p_moscow', // proposers and month
      p6: null, // Jaccard tie
    });
  });

  it('scores duplicates, unmapped ends, optional facts, self-support and `until`', async () => {
    const result = scoreGraph(await readGraphFile(fixture('graph.json')), gold);
    expect(result.neutral_self_support).toBe(1);
    expect(result.unmapped).toEqual([
      ['Mercenaries', 'supports', 'Gen. Khalifa Haftar’s'],
      ['Gen. Khalifa Haftar’s', 'proposes', 'mystery'],
      ['ghost', 'supports', 'The Government of National Accord'],
    ]);
    expect(result.entities).toMatchObject({ missing: ['un'], duplicated: { gna: 2, p_cairo: 2, sirte: 2 }, type_correct: 11, typed: 12 });
    expect(result.controls_temporal).toEqual({ checked: 4, correct: 3 });
    expect(result.relations.supports).toMatchObject({ tp: 3, system: 5, found: 2, gold: 3 }); // russia→haftar is optional
    expect(result.relations.rejects.gold).toBe(3); // optional in a.txt, required in b.txt
  });

  it('restricts to --articles', async () => {
    const result = scoreGraph(await readGraphFile(fixture('graph.json')), gold, new Set(['a.txt']));
    expect(result.overall.gold_relations).toBe(7);
    expect(result.wrong).toContainEqual(['turkey', 'proposes', 'p_moscow']); // a fact of b.txt
  });
});

describe.runIf(withPython)('eval CLI against score.py', () => {
  const cases: Array<[string, string[]]> = [
    ['graph.json', []],
    ['graph.json', ['--verbose']],
    ['graph.json', ['--json']],
    ['graph.json', ['--verbose', '--articles', 'a.txt']],
    ['graph.json', ['--json', '--articles', 'b.txt,zz.txt']],
    ['graph.json', ['--articles', '']],
    ['graph.gexf', ['--verbose']],
    ['graph.gexf', ['--json']],
  ];
  it.each(cases)('%s %j prints what score.py prints', (graph, args) => {
    const ours = runEval(fixture(graph), goldFile, args);
    const theirs = runScorePy(fixture(graph), goldFile, args);
    expect(ours.stderr).toBe('');
    expect(ours.status).toBe(0);
    expect(ours.stdout).toBe(theirs.stdout);
  });

  it('--json has the same numbers as score.py --json', () => {
    const ours = JSON.parse(runEval(fixture('graph.json'), goldFile, ['--json']).stdout);
    expect(ours).toEqual(JSON.parse(runScorePy(fixture('graph.json'), goldFile, ['--json']).stdout));
    expect(ours.overall.f1).toBeGreaterThan(0.5);
  });
});
