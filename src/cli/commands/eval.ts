// `conflict-kg eval GRAPH --gold FILE`: scores a built graph against a gold file with
// the metric of tests/fixtures/eval/score.py and prints the same figures.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InvalidInputError } from '../../errors.ts';
import { checkGold } from '../../eval/check-gold.ts';
import { formatScore } from '../../eval/format-score.ts';
import { readGraphFile } from '../../eval/read-graph-file.ts';
import { scoreGraph } from '../../eval/score-graph.ts';
import { toPythonJson } from '../../eval/to-python-json.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score a graph (JSON or GEXF) against a gold file (same metric as score.py)')
    .argument('<graph>', 'graph file (.json or .gexf)')
    .requiredOption('--gold <file>', 'gold file (see data/eval/GUIDELINES.md)')
    .option('--articles <list>', 'comma-separated article files to score')
    .option('--verbose', 'list wrong, unmapped and missed triples')
    .option('--json', 'print the full result as JSON')
    .action(async (graphFile: string, options: { gold: string; articles?: string; verbose?: boolean; json?: boolean }) => {
      let gold: unknown;
      try {
        gold = JSON.parse(await readFile(options.gold, 'utf8'));
      } catch (error) {
        throw new InvalidInputError(`eval: cannot read gold file "${options.gold}": ${(error as Error).message}`);
      }
      const graph = await readGraphFile(graphFile);
      const result = scoreGraph(graph, checkGold(gold, options.gold), options.articles ? new Set(options.articles.split(',')) : undefined);
      // --json: byte for byte what `score.py --json` prints (floats as 1.0, ASCII escapes)
      process.stdout.write(options.json ? toPythonJson(result) : formatScore(result, Boolean(options.verbose)));
    });
}
