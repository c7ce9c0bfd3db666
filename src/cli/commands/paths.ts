// `conflict-kg paths FROM TO [--relations a,b] [--max-length N] [--limit N] [--directed] [--json]`:
// how two entities are connected, shortest first, each hop with its own evidence (at most
// two quotes, with article and outlet, then "+N more").
import type { Command } from 'commander';
import { paths } from '../../query/paths.ts';
import type { Relation } from '../../types.ts';
import { dataOption } from '../data-option.ts';
import { hopLines, labelsOf } from '../format-evidence.ts';
import { loadGraph } from '../load-graph.ts';
import { printResult } from '../print-result.ts';

interface PathsCliOptions {
  data: string;
  relations?: string;
  maxLength?: string;
  limit?: string;
  directed?: boolean;
  json?: boolean;
}

const int = (v?: string) => (v === undefined ? undefined : Number(v));

export function registerPaths(program: Command): void {
  program
    .command('paths')
    .description('paths between two entities (node keys or names)')
    .argument('<from>')
    .argument('<to>')
    .option('--relations <list>', 'comma-separated relations a hop may use')
    .option('--max-length <n>', 'longest path in hops (1-6)')
    .option('--limit <n>', 'most paths (1-1000)')
    .option('--directed', 'follow edges only forwards')
    .addOption(dataOption())
    .option('--json', 'print the result as JSON')
    .action(async (from: string, to: string, o: PathsCliOptions) => {
      const { graph } = await loadGraph(o.data, (line) => process.stderr.write(`conflict-kg: ${line}\n`));
      const relations = o.relations?.split(',').map((r) => r.trim()).filter(Boolean) as Relation[] | undefined;
      const result = paths(graph, from, to, { relations, maxLength: int(o.maxLength), limit: int(o.limit), directed: o.directed });
      printResult(o, result, () => [
        `${result.paths.length} path(s) from ${result.from.label} to ${result.to.label}${result.truncated ? ` (stopped: ${result.truncated})` : ''}`,
        ...result.paths.flatMap((p, i) => [
          `${i + 1}. ${p.nodes.map((n) => n.label).join(' → ')}`,
          ...p.hops.flatMap((hop) => hopLines(hop, labelsOf(p.nodes), '     ')),
        ]),
      ]);
    });
}
