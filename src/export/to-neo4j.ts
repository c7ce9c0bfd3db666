// Neo4j bulk-import CSVs (neo4j-admin database import): nodes.csv with `:ID` and
// `:LABEL` (the node type, capitalised), relationships.csv with `:START_ID`, `:END_ID`
// and `:TYPE` (the relation, upper case). Arrays use neo4j's `;` array delimiter.
import type { KnowledgeGraph } from '../types.ts';
import { csvField } from './csv-field.ts';
import { evidenceCounts } from './evidence-counts.ts';
import { outletsOf } from '../query/outlets-of.ts';

export interface Neo4jFiles {
  'nodes.csv': string;
  'relationships.csv': string;
}

const row = (fields: unknown[]) => fields.map(csvField).join(',');
const label = (type: string) => type.charAt(0).toUpperCase() + type.slice(1);
const list = (values: string[] | undefined) => (values ?? []).map((v) => v.replace(/;/g, ',')).join(';');

/**
 * @example const files = toNeo4j(graph); writeFileSync('nodes.csv', files['nodes.csv'])
 * // then: neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true
 */
export function toNeo4j(graph: KnowledgeGraph): Neo4jFiles {
  const evidence = evidenceCounts(graph);
  const nodes = ['key:ID,label,kind,aliases:string[],mentions:int,evidence:int,date,lat:double,lon:double,:LABEL'];
  graph.forEachNode((key, a) => {
    nodes.push(row([key, a.label, a.kind, list(a.aliases), a.mentions ?? 0, evidence.get(key) ?? 0, a.date, a.lat, a.lon, `Entity;${label(a.type)}`]));
  });
  const rels = [':START_ID,:END_ID,:TYPE,key,confidence:double,sources:int,evidence:int,since,until,quotes:string[],outlets:string[]'];
  const ledger = graph.getAttribute('outlets');
  graph.forEachEdge((key, a, source, target) => {
    const quotes = list((a.evidence ?? []).map((e) => e.quote));
    const outlets = list(outletsOf(a.evidence, ledger));
    rels.push(row([source, target, a.relation.toUpperCase(), key, a.confidence, a.sources, a.evidence?.length ?? 0, a.since, a.until, quotes, outlets]));
  });
  return { 'nodes.csv': nodes.join('\n') + '\n', 'relationships.csv': rels.join('\n') + '\n' };
}
