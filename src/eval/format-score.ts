// What `conflict-kg eval` prints. For one graph: a table per relation, the entity line,
// with `verbose` the wrong/unmapped/missed facts, and last `F1 0.915 P 0.917 R 0.914`.
// For `--each`: a row per article (`name  system N right N | gold N found N`), its facts
// under it with `verbose`, and last `per-article F1 0.702 P 0.892 R 0.578`.
import type { EachScore } from './score-each.ts';
import type { ScoreResult } from './types.ts';

/**
 * Three decimals, the exact value rounded half to even: 0.0625 (1/16) → "0.062", where
 * toFixed would say "0.063". Only multiples of 1/16 can be such ties; the reference
 * scorer rounds them the same way, so both print the same figures.
 * @example fixed3(0.9375) === '0.938'
 */
export function fixed3(x: number): string {
  if (Number.isInteger(x * 16) && Math.round(Math.abs(x) * 10_000) % 10 === 5) {
    const down = Math.trunc(x * 1000);
    return ((down % 2 === 0 ? down : down + Math.sign(x)) / 1000).toFixed(3);
  }
  return x.toFixed(3);
}

const col = (x: number) => fixed3(x).padStart(6);
const int = (x: number, width: number) => String(x).padStart(width);

/** @example process.stdout.write(formatScore(scoreGraph(graph, gold), false)) */
export function formatScore(result: ScoreResult, verbose: boolean): string {
  const lines = [`${'relation'.padEnd(10)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'system'.padStart(7)} ${'gold'.padStart(5)}`];
  for (const [rel, v] of Object.entries(result.relations)) {
    lines.push(`${rel.padEnd(10)} ${col(v.precision)} ${col(v.recall)} ${col(v.f1)} ${int(v.system, 7)} ${int(v.gold, 5)}`);
  }
  const e = result.entities;
  const t = result.controls_temporal;
  lines.push(`entities found ${e.found}/${e.wanted}; duplicated ${Object.keys(e.duplicated).length}; `
    + `type correct ${e.type_correct}/${e.typed}; controls \`until\` right ${t.correct}/${t.checked}`);
  if (verbose) {
    lines.push(...factLines(result, ''));
    if (e.missing.length) lines.push(`missing entities: ${e.missing.join(', ')}`);
    const dupes = Object.entries(e.duplicated);
    if (dupes.length) lines.push(`duplicated: ${dupes.map(([id, n]) => `${id}x${n}`).join(', ')}`);
  }
  const o = result.overall;
  lines.push(`F1 ${fixed3(o.f1)} P ${fixed3(o.precision)} R ${fixed3(o.recall)}`);
  return `${lines.join('\n')}\n`;
}

/** @example process.stdout.write(formatEach(await scoreEach(docs, gold), false)) */
export function formatEach(each: EachScore, verbose: boolean): string {
  const lines: string[] = [];
  for (const a of each.articles) {
    lines.push(`${a.article.padEnd(32)} system ${int(a.system, 3)} right ${int(a.tp, 3)} | gold ${int(a.gold, 3)} found ${int(a.found, 3)}`);
    if (verbose) lines.push(...factLines(a.result, '    '));
  }
  const t = each.total;
  lines.push(`per-article F1 ${fixed3(t.f1)} P ${fixed3(t.precision)} R ${fixed3(t.recall)}`);
  return `${lines.join('\n')}\n`;
}

// "wrong     gna controls sirte", "missed    sisi|egypt proposes p_cairo"
function factLines(result: ScoreResult, indent: string): string[] {
  return [
    ...result.wrong.map((w) => `${indent}wrong     ${w.join(' ')}`),
    ...result.unmapped.map((u) => `${indent}unmapped  ${u.join(' ')}`),
    ...result.missed.map((g) => `${indent}missed    ${g.s.join('|')} ${g.r} ${g.t.join('|')}`),
  ];
}
