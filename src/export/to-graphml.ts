// GraphML for NetworkX, yEd and Cytoscape. graphology-graphml only parses, so this is a
// small writer: typed <key> declarations, then nodes and edges with <data> values.
import type { KnowledgeGraph } from '../types.ts';
import { evidenceCounts } from './evidence-counts.ts';
import { outletsOf } from '../query/outlets-of.ts';
import { xmlEscape } from './xml-escape.ts';

type KeyType = 'string' | 'double' | 'int';
const NODE_KEYS: Array<[string, KeyType]> = [['label', 'string'], ['type', 'string'], ['kind', 'string'], ['aliases', 'string'], ['evidence', 'int'], ['mentions', 'int'], ['date', 'string'], ['lat', 'double'], ['lon', 'double'], ['camp', 'int']];
const EDGE_KEYS: Array<[string, KeyType]> = [['relation', 'string'], ['confidence', 'double'], ['sources', 'int'], ['evidence', 'int'], ['since', 'string'], ['until', 'string'], ['outlets', 'string']];

const data = (prefix: string, keys: Array<[string, KeyType]>, values: Record<string, unknown>) =>
  keys
    .filter(([k]) => values[k] !== undefined && values[k] !== null && values[k] !== '')
    .map(([k]) => `<data key="${prefix}_${k}">${xmlEscape(String(values[k]))}</data>`)
    .join('');

/** @example writeFileSync('graph.graphml', toGraphml(graph)) */
export function toGraphml(graph: KnowledgeGraph): string {
  const evidence = evidenceCounts(graph);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  graph.forEachNode((key, a) => {
    const values = { ...a, aliases: (a.aliases ?? []).join('|'), evidence: evidence.get(key) ?? 0 };
    out.push(`    <node id="${xmlEscape(key)}">${data('n', NODE_KEYS, values)}</node>`);
  });
  const ledger = graph.getAttribute('outlets');
  graph.forEachEdge((key, a, source, target) => {
    const values = { ...a, evidence: a.evidence?.length ?? 0, outlets: outletsOf(a.evidence, ledger).join('|') };
    out.push(`    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">${data('e', EDGE_KEYS, values)}</edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
