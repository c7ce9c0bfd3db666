// `conflict-kg disputes [--kinds control,stance,denied] [--json] [--data DIR]`: where the
// sources disagree, each dispute with both sides' quotes and outlets; and
// `conflict-kg sources [--json]`: the outlets with their article and fact counts.
import type { Command } from 'commander';
import type { DisputeKind } from '../../query/dispute-types.ts';
import { disputes } from '../../query/disputes.ts';
import { sources } from '../../query/sources.ts';
import { dataOption } from '../data-option.ts';
import { loadGraph } from '../load-graph.ts';
import { printResult } from '../print-result.ts';

const MAX_QUOTE = 160;
const clip = (quote: string) => (quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote);
const warn = (line: string) => process.stderr.write(`conflict-kg: ${line}\n`);

export function registerDisputes(program: Command): void {
  program
    .command('disputes')
    .description('contested places, changes of stance and denied claims, with both sides\' sources')
    .option('--kinds <list>', 'comma-separated kinds: control, stance, denied (default all)')
    .addOption(dataOption())
    .option('--json', 'print the result as JSON')
    .action(async (o: { data: string; kinds?: string; json?: boolean }) => {
      const { graph } = await loadGraph(o.data, warn);
      const kinds = o.kinds?.split(',').map((k) => k.trim()).filter(Boolean) as DisputeKind[] | undefined;
      const result = disputes(graph, { kinds });
      printResult(o, result, () => [
        `${result.disputes.length} dispute(s): ${Object.entries(result.counts).map(([k, n]) => `${n} ${k}`).join(', ')}`,
        ...result.disputes.flatMap((d, i) => [
          `${i + 1}. [${d.kind}] ${d.summary}`,
          ...d.claims.flatMap((c) => [`   ${c.says}`, ...c.evidence.map((e) => `     "${clip(e.quote)}" (${e.outlet}, ${e.date ?? 'undated'}, ${e.article})`)]),
        ]),
      ]);
    });
  program
    .command('sources')
    .description('the outlets behind the graph, with article and fact counts')
    .addOption(dataOption())
    .option('--json', 'print the result as JSON')
    .action(async (o: { data: string; json?: boolean }) => {
      const { graph } = await loadGraph(o.data, warn);
      const result = sources(graph);
      printResult(o, result, () => [
        `${result.outlets.length} outlet(s)`,
        ...result.outlets.map((r) => `  ${r.outlet}: ${r.articles} article(s), ${r.facts} fact(s), ${r.evidence} evidence, ${r.alone} stated by no other outlet`),
      ]);
    });
}
