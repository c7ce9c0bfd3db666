// `conflict-kg build [DIR] -o FILE`: builds the graph from a folder of articles and
// writes it (.json = graphology serialisation; other formats through export/).
import type { Command } from 'commander';
import { buildCorpus } from '../../graph/build-corpus.ts';
import { writeGraphFile } from '../write-graph-file.ts';
import { progressBar } from '../progress-bar.ts';

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the knowledge graph from a folder of articles')
    .argument('[dir]', 'folder of .txt/.md articles', 'data/articles')
    .option('-o, --output <file>', 'output file (.json, .gexf, .graphml)', 'data/graph.json')
    .option('--quiet', 'no progress bar')
    .action(async (dir: string, options: { output: string; quiet?: boolean }) => {
      const bar = options.quiet ? undefined : progressBar('extracting');
      const { graph, stats } = await buildCorpus(dir, {
        warn: (line) => process.stderr.write(`conflict-kg: ${line}\n`),
        onProgress: bar?.update,
      });
      bar?.stop();
      await writeGraphFile(graph, options.output);
      process.stderr.write(
        `built ${options.output}: ${stats.articles} articles` +
          (stats.skipped.length ? ` (${stats.skipped.length} skipped)` : '') +
          `, ${stats.nodes} nodes, ${stats.edges} edges in ${stats.seconds.toFixed(2)} s\n`,
      );
    });
}
