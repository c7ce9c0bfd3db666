// The text score.py prints: a table of P/R/F1/system/gold per relation, the entities
// line, with `verbose` the wrong/unmapped/missed/missing/duplicated lines, and last the
// overall line `F1 0.915 P 0.917 R 0.914`. Same widths, same rounding (half to even).
import { formatFixed } from './format-fixed.ts';
import { pyStr } from './py-str.ts';
import type { ScoreResult } from './types.ts';

const f = (x: number) => formatFixed(x, 3).padStart(6);

/** @example process.stdout.write(formatScore(scoreGraph(graph, gold), false)) */
export function formatScore(result: ScoreResult, verbose: boolean): string {
  const lines = [`${'relation'.padEnd(10)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'system'.padStart(7)} ${'gold'.padStart(5)}`];
  for (const [rel, v] of Object.entries(result.relations)) {
    lines.push(`${rel.padEnd(10)} ${f(v.precision)} ${f(v.recall)} ${f(v.f1)} ${String(v.system).padStart(7)} ${String(v.gold).padStart(5)}`);
  }
  const e = result.entities;
  const t = result.controls_temporal;
  lines.push(`entities found ${e.found}/${e.wanted}; duplicated ${Object.keys(e.duplicated).length}; `
    + `type correct ${e.type_correct}/${e.typed}; controls \`until\` right ${t.correct}/${t.checked}`);
  if (verbose) {
    // print("wrong    ", *t): fields joined by one space, non-strings as Python's str()
    for (const w of result.wrong) lines.push(['wrong    ', ...w].join(' '));
    for (const u of result.unmapped) lines.push(['unmapped ', ...u.map(pyStr)].join(' '));
    for (const g of result.missed) lines.push(['missed   ', g.s.join('|'), g.r, g.t.join('|')].join(' '));
    if (e.missing.length) lines.push(`missing entities: ${e.missing.join(', ')}`);
    const dupes = Object.entries(e.duplicated);
    if (dupes.length) lines.push(`duplicated: ${dupes.map(([k, v]) => `${k}x${v}`).join(', ')}`);
  }
  const o = result.overall;
  lines.push(`F1 ${formatFixed(o.f1, 3)} P ${formatFixed(o.precision, 3)} R ${formatFixed(o.recall, 3)}`);
  return `${lines.join('\n')}\n`;
}
