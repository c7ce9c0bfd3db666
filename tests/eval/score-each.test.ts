// `eval --each` against score_each.py's recipe, run here with the reference scorer: each
// dev article copied into a folder of its own, built with the real build, scored by
// score.py --json --articles NAME, counts summed over the four relations and the articles.
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeGraphFile } from '../../src/cli/write-graph-file.ts';
import { buildCorpus } from '../../src/graph/build-corpus.ts';
import { readGold } from '../../src/eval/read-gold.ts';
import { scoreEach } from '../../src/eval/score-each.ts';
import { formatEach } from '../../src/eval/format-score.ts';
import { loadArticles } from '../../src/store/load-articles.ts';
import { hasScorePy, repoRoot, runScorePy } from './_score-py.ts';

const DEV = path.join(repoRoot, 'data/eval/dev');
const GOLD = path.join(DEV, 'gold.json');
// rules were written from 13 and 21; u09 and u30 were not; u02 has no facts at all
const SAMPLE = ['libya_13.txt', 'libya_21.txt', 'libya_u02.txt', 'libya_u09.txt', 'libya_u30.txt'];

async function sampleDir(names: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'conflict-kg-each-'));
  for (const name of names) await copyFile(path.join(DEV, 'articles', name), path.join(dir, name));
  return dir;
}

/** score_each.py's row for one article: build it alone, score.py --json --articles NAME, sum the relations. */
async function referenceRow(name: string) {
  const alone = await sampleDir([name]);
  const graphFile = path.join(alone, 'g.json');
  await writeGraphFile((await buildCorpus(alone)).graph, graphFile);
  const r = runScorePy(graphFile, GOLD, ['--json', '--articles', name]);
  expect(r.status, r.stderr).toBe(0);
  const result = JSON.parse(r.stdout);
  const rows = Object.values(result.relations) as Array<{ tp: number; system: number; found: number; gold: number }>;
  const sum = (k: 'tp' | 'system' | 'found' | 'gold') => rows.reduce((n, v) => n + v[k], 0);
  return { article: name, tp: sum('tp'), system: sum('system'), found: sum('found'), gold: sum('gold'), wrong: result.wrong, missed: result.missed, unmapped: result.unmapped };
}

describe.runIf(hasScorePy())('scoreEach against score_each.py', () => {
  it('gives every article the counts score.py gives it built alone, and the same per-article F1', async () => {
    const gold = await readGold(GOLD);
    const { docs } = await loadArticles(await sampleDir(SAMPLE));
    const each = await scoreEach(docs, gold);
    const reference = await Promise.all(SAMPLE.map(referenceRow));
    expect(each.articles.map((a) => ({ article: a.article, tp: a.tp, system: a.system, found: a.found, gold: a.gold, wrong: a.result.wrong, missed: a.result.missed, unmapped: a.result.unmapped })))
      .toEqual(reference);
    const sum = (k: 'tp' | 'system' | 'found' | 'gold') => reference.reduce((n, v) => n + v[k], 0);
    const p = sum('tp') / sum('system');
    const r = sum('found') / sum('gold');
    expect(formatEach(each, false).trim().split('\n').at(-1)).toBe(`per-article F1 ${(2 * p * r / (p + r)).toFixed(3)} P ${p.toFixed(3)} R ${r.toFixed(3)}`);
    expect(each.total).toMatchObject({ tp: sum('tp'), system: sum('system'), found: sum('found'), gold: sum('gold') });
    // the comparison covers wrong and missed facts, not only right ones
    expect(each.articles.some((a) => a.result.wrong.length + a.result.missed.length > 0)).toBe(true);
  }, 120_000);
});

describe('scoreEach', () => {
  it('scores an unreadable article as an empty graph and warns about an article without gold', async () => {
    const gold = await readGold(GOLD);
    const dir = await sampleDir(['libya_u09.txt']);
    await writeFile(path.join(dir, 'libya_21.txt'), '');
    await mkdir(path.join(dir, 'sub.txt'));
    await writeFile(path.join(dir, 'zz_not_in_gold.txt'), 'Turkey backs the Government of National Accord (GNA) in Tripoli.');
    const warnings: string[] = [];
    const { docs, skipped } = await loadArticles(dir);
    const each = await scoreEach(docs, gold, { unreadable: skipped.map((s) => s.file), warn: (line) => warnings.push(line) });
    expect(each.articles.map((a) => a.article)).toEqual(['libya_21.txt', 'libya_u09.txt', 'zz_not_in_gold.txt']);
    expect(each.articles[0]).toMatchObject({ system: 0, tp: 0, gold: 10 });
    expect(each.articles[2].gold).toBe(0);
    expect(each.articles[2].system).toBeGreaterThan(0);
    expect(warnings).toEqual([expect.stringContaining('zz_not_in_gold.txt has no facts in the gold file')]);
  });

  it('prints rows like score_each.py, facts under them with verbose', async () => {
    const gold = await readGold(GOLD);
    // a fact no article states, so that the row has a miss to print whatever the extractor finds
    gold.articles['libya_u09.txt'].relations.push({ s: ['russia'], r: 'controls', t: ['sirte'] });
    const { docs } = await loadArticles(await sampleDir(['libya_u09.txt']));
    const text = formatEach(await scoreEach(docs, gold), true);
    const lines = text.trim().split('\n');
    expect(lines[0]).toMatch(/^libya_u09\.txt {20}system {3}\d right {3}\d \| gold {3}\d found {3}\d$/);
    expect(lines.slice(1, -1).every((l: string) => /^ {4}(wrong {5}|unmapped {2}|missed {4})\S/.test(l))).toBe(true);
    expect(lines.some((l: string) => l.startsWith('    missed'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^per-article F1 \d\.\d{3} P \d\.\d{3} R \d\.\d{3}$/);
  });
});
