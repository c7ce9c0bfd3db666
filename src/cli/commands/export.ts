// `conflict-kg export --format gexf|graphml|json|neo4j -o FILE [--data DIR]`: the graph
// for Gephi, NetworkX, graphology or Neo4j. For neo4j, FILE is a folder that receives
// nodes.csv and relationships.csv. GEXF is streamed to the file (writeGexfFile, the same
// bytes as toGexf), so a graph of a million edges never becomes one string.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, exportGraph } from '../../export/export-graph.ts';
import { writeGexfFile } from '../../export/write-gexf-file.ts';
import { writeAtomic } from '../../store/write-atomic.ts';
import { dataOption } from '../data-option.ts';
import { loadGraph } from '../load-graph.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the graph for other tools')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .requiredOption('-o, --output <file>', 'output file (a folder for neo4j)')
    .addOption(dataOption())
    .action(async (o: { format: string; output: string; data: string }) => {
      const { graph } = await loadGraph(o.data, (line) => process.stderr.write(`conflict-kg: ${line}\n`));
      if (o.format === 'gexf') {
        await writeGexfFile(graph, o.output);
        process.stderr.write(`wrote ${o.output} (gexf, ${graph.order} nodes, ${graph.size} edges)\n`);
        return;
      }
      const files = exportGraph(graph, o.format);
      const names = Object.keys(files);
      if (names.length === 1) {
        await writeAtomic(o.output, files[names[0]]);
        process.stderr.write(`wrote ${o.output} (${o.format}, ${graph.order} nodes, ${graph.size} edges)\n`);
        return;
      }
      await mkdir(o.output, { recursive: true });
      for (const name of names) await writeAtomic(join(o.output, name), files[name]);
      process.stderr.write(`wrote ${names.map((n) => join(o.output, n)).join(', ')} (${graph.order} nodes, ${graph.size} edges)\n`);
    });
}
