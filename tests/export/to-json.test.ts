import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/export/to-json.ts';
import { exportGraph } from '../../src/export/export-graph.ts';
import { fromSerialized } from '../../src/graph/from-serialized.ts';
import { InvalidInputError } from '../../src/errors.ts';
import { HOSTILE_LABEL, hostileGraph } from './_hostile-graph.ts';

describe('toJson', () => {
  it('round-trips through fromSerialized with every attribute', () => {
    const graph = hostileGraph();
    const back = fromSerialized(JSON.parse(toJson(graph)));
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    expect(back.getNodeAttribute('actor:hostile', 'label')).toBe(HOSTILE_LABEL);
    expect(back.getEdgeAttributes('actor:khalifa-haftar|controls|city:tarhuna||2020-06-05')).toEqual(graph.getEdgeAttributes('actor:khalifa-haftar|controls|city:tarhuna||2020-06-05'));
  });
});

describe('exportGraph', () => {
  it.each([
    ['gexf', ['graph.gexf']],
    ['graphml', ['graph.graphml']],
    ['json', ['graph.json']],
    ['neo4j', ['nodes.csv', 'relationships.csv']],
  ])('%s → %j', (format, names) => {
    expect(Object.keys(exportGraph(hostileGraph(), format))).toEqual(names);
  });

  it('refuses an unknown format', () => {
    expect(() => exportGraph(hostileGraph(), 'pdf')).toThrow(InvalidInputError);
  });
});
