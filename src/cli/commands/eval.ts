// `conflict-kg eval GRAPH --gold FILE` scores a built graph against a gold file;
// `conflict-kg eval --each DIR --gold FILE` builds every article of DIR alone and scores
// each against its own facts, the way unseen articles are scored (data/eval/GUIDELINES.md).
import type { Command } from 'commander';
import { InvalidInputError } from '../../errors.ts';
import { formatEach, formatScore } from '../../eval/format-score.ts';
import { readGold } from '../../eval/read-gold.ts';
import { readGraphFile } from '../../eval/read-graph.ts';
import { scoreEach } from '../../eval/score-each.ts';
import { scoreGraph } from '../../eval/score-graph.ts';
import { loadArticles } from '../../store/load-articles.ts';

interface EvalCliOptions { gold: string; each?: string; articles?: string; verbose?: boolean; json?: boolean }

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score a graph (JSON or GEXF), or every article of a folder alone, against a gold file')
    .argument('[graph]', 'graph file (.json or .gexf)')
    .requiredOption('--gold <file>', 'gold file (see data/eval/GUIDELINES.md)')
    .option('--each <dir>', 'build every article of DIR alone and score it against its own facts')
    .option('--articles <list>', 'comma-separated article files to score (with GRAPH)')
    .option('--verbose', 'list wrong, unmapped and missed facts')
    .option('--json', 'print the full result as JSON')
    .action(async (graphFile: string | undefined, options: EvalCliOptions) => {
      if ((graphFile === undefined) === (options.each === undefined)) {
        throw new InvalidInputError('eval: give either a GRAPH file or --each DIR (not both). Example: conflict-kg eval --each data/eval/dev/articles --gold data/eval/dev/gold.json');
      }
      if (options.each !== undefined && options.articles !== undefined) {
        throw new InvalidInputError('eval: --articles goes with a GRAPH file; with --each every article of DIR is scored.');
      }
      const gold = await readGold(options.gold);
      if (options.each !== undefined) {
        const warn = (line: string) => process.stderr.write(`conflict-kg: ${line}\n`);
        const { docs, skipped } = await loadArticles(options.each, warn);
        const each = await scoreEach(docs, gold, { unreadable: skipped.map((s) => s.file), warn });
        process.stdout.write(options.json ? `${JSON.stringify(each, null, 2)}\n` : formatEach(each, Boolean(options.verbose)));
        return;
      }
      const graph = await readGraphFile(graphFile!);
      const result = scoreGraph(graph, gold, options.articles ? new Set(options.articles.split(',')) : undefined);
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatScore(result, Boolean(options.verbose)));
    });
}
