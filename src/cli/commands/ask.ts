// `conflict-kg ask "who backs Haftar?" [--json] [--data DIR]`: a question in English,
// answered from the graph with the interpretation it chose and the evidence.
import type { Command } from 'commander';
import { ask } from '../../query/ask.ts';
import { dataOption } from '../data-option.ts';
import { loadGraph } from '../load-graph.ts';
import { printResult } from '../print-result.ts';

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
      printResult(options, result, () => [
        `${result.interpretation.description}:`,
        ...(result.answer.items.length ? result.answer.items.map((i) => `  ${i.label}${i.note ? ` (${i.note})` : ''}  [${i.key}]`) : ['  nothing found']),
        ...result.paths.slice(0, 5).flatMap((p) => p.hops.flatMap((h) => h.edges.slice(0, 1).map((e) => `    "${e.evidence[0]?.quote ?? ''}" (${e.evidence[0]?.article ?? 'no evidence'})`))),
      ]);
    });
}
