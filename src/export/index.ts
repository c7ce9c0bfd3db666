// Export formats for other tools: Gephi (GEXF with dynamics), NetworkX/yEd (GraphML),
// graphology JSON, and Neo4j bulk-import CSVs.

// one entry point
export { exportGraph, EXPORT_FORMATS, MEDIA_TYPES, type ExportFormat } from './export-graph.ts';

// formats
export { toGexf } from './to-gexf.ts';
export { writeGexfStream, type WriteGexfStreamOptions } from './write-gexf-stream.ts';
export { writeGexfFile } from './write-gexf-file.ts';
export { toGraphml } from './to-graphml.ts';
export { toJson } from './to-json.ts';
export { toNeo4j, type Neo4jFiles } from './to-neo4j.ts';

// helpers
export { csvField } from './csv-field.ts';
export { xmlEscape } from './xml-escape.ts';
export { TYPE_STYLE } from './type-style.ts';
export { gexfDate } from './gexf-date.ts';
export { gexfNode } from './gexf-node.ts';
export { gexfEdge } from './gexf-edge.ts';
export { gexfSpell } from './gexf-spell.ts';
