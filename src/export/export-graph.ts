// One entry point for all export formats: the files a format produces, by name, so the
// CLI writes them and the server sends them without knowing each format.
import { InvalidInputError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { toGexf } from './to-gexf.ts';
import { toGraphml } from './to-graphml.ts';
import { toJson } from './to-json.ts';
import { toNeo4j } from './to-neo4j.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'neo4j'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  json: 'application/json',
  neo4j: 'application/json',
};

/**
 * File name → content. gexf/graphml/json give one file (`graph.<format>`); neo4j gives
 * `nodes.csv` and `relationships.csv`.
 * @example exportGraph(graph, 'neo4j')['nodes.csv']
 */
export function exportGraph(graph: KnowledgeGraph, format: string): Record<string, string> {
  switch (format) {
    case 'gexf':
      return { 'graph.gexf': toGexf(graph) };
    case 'graphml':
      return { 'graph.graphml': toGraphml(graph) };
    case 'json':
      return { 'graph.json': toJson(graph) };
    case 'neo4j':
      return { ...toNeo4j(graph) };
    default:
      throw new InvalidInputError(`export: unknown format "${format}" (use ${EXPORT_FORMATS.join(', ')}).`);
  }
}
