// `conflict-kg ask "who backs Haftar?" [--json] [--data DIR]`: a question in English,
// answered from the graph with the interpretation it chose; each answer row is followed
// by its own evidence (at most two quotes, with article and outlet, then "+N more").
import type { Command } from 'commander';
import { ask, type AskResult } from '../../query/ask.ts';
import { dataOption } from '../data-option.ts';
import { evidenceLines, hopLines, labelsOf } from '../format-evidence.ts';
import { loadGraph } from '../load-graph.ts';
import { printResult } from '../print-result.ts';

const MAX_PATHS = 5;

/** The lines for people: a row per answer, its evidence under it (hop by hop for a chain). */
export function askLines(result: AskResult): string[] {
  const lines = [`${result.interpretation.description}:`];
  if (!result.answer.items.length) lines.push('  nothing found');
  for (const item of result.answer.items) {
    lines.push(`  ${item.label}${item.note ? ` (${item.note})` : ''}  [${item.key}]`);
    const path = item.path === undefined ? undefined : result.paths[item.path];
    if (!path) continue;
    if (path.hops.length === 1) lines.push(...evidenceLines(path.hops[0].edges, '      '));
    else lines.push(...path.hops.flatMap((hop) => hopLines(hop, labelsOf(path.nodes), '      ')));
  }
  // a "how is A connected to B" answer: the paths themselves, each hop with its quotes
  if (result.answer.items.every((item) => item.path === undefined)) {
    result.paths.slice(0, MAX_PATHS).forEach((path, i) => {
      lines.push(`  ${i + 1}. ${path.nodes.map((n) => n.label).join(' → ')}`);
      lines.push(...path.hops.flatMap((hop) => hopLines(hop, labelsOf(path.nodes), '       ')));
    });
    if (result.paths.length > MAX_PATHS) lines.push(`  +${result.paths.length - MAX_PATHS} more paths (--json lists them all)`);
  }
  return lines;
}

export function registerAsk(program: Command): void {
  program
    .command('ask')
    .description('answer a question such as "who backs Haftar?"')
    .argument('<question...>', 'the question (quotes optional)')
    .addOption(dataOption())
    .option('--json', 'print the full answer as JSON')
    .action(async (words: string[], options: { data: string; json?: boolean }) => {
      const { graph } = await loadGraph(options.data, (line) => process.stderr.write(`conflict-kg: ${line}\n`));
      const result = ask(graph, words.join(' '));
      printResult(options, result, () => askLines(result));
    });
}
