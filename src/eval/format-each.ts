// The text `eval --each` prints: one row per article (`name  system N right N | gold N
// found N`), with `verbose` its wrong, unmapped and missed facts indented under it, and
// last the micro-averaged line `per-article F1 0.702 P 0.892 R 0.578`.
import { formatFixed } from './format-fixed.ts';
import type { EachScore } from './score-each.ts';

const n = (x: number) => String(x).padStart(3);

/** @example process.stdout.write(formatEach(await scoreEach(docs, gold), false)) */
export function formatEach(each: EachScore, verbose: boolean): string {
  const lines: string[] = [];
  for (const a of each.articles) {
    lines.push(`${a.article.padEnd(32)} system ${n(a.system)} right ${n(a.tp)} | gold ${n(a.gold)} found ${n(a.found)}`);
    if (!verbose) continue;
    for (const w of a.result.wrong) lines.push(['    wrong   ', ...w].join(' '));
    for (const u of a.result.unmapped) lines.push(['    unmapped', ...u].join(' '));
    for (const g of a.result.missed) lines.push(['    missed  ', g.s.join('|'), g.r, g.t.join('|')].join(' '));
  }
  const t = each.total;
  lines.push(`per-article F1 ${formatFixed(t.f1, 3)} P ${formatFixed(t.precision, 3)} R ${formatFixed(t.recall, 3)}`);
  return `${lines.join('\n')}\n`;
}
