import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/export/to-graphml.ts';
import { hasNetworkx, readWithNetworkx } from './_tools.ts';
import { HOSTILE_LABEL, hostileGraph } from './_hostile-graph.ts';
import { OUTLET_EDGE, outletGraph } from './_outlet-graph.ts';

const graph = hostileGraph();
const graphml = toGraphml(graph);
const path = join(await mkdtemp(join(tmpdir(), 'conflict-kg-graphml-')), 'graph.graphml');
await writeFile(path, graphml);

describe('toGraphml', () => {
  it('graphology-graphml reads it back with the attributes', () => {
    const back = parse(Graph, graphml);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    expect(back.getNodeAttributes('city:sirte')).toMatchObject({ label: 'Sirte', type: 'city', lat: 31.2, lon: 16.59 });
    expect(back.getNodeAttribute('actor:hostile', 'label')).toBe(HOSTILE_LABEL);
  });

  it('keeps since/until on controls edges', () => {
    const back = parse(Graph, graphml);
    const tarhuna = back.filterInEdges('city:tarhuna', () => true).map((e) => [back.source(e), back.getEdgeAttribute(e, 'since'), back.getEdgeAttribute(e, 'until')]);
    expect(tarhuna).toEqual(expect.arrayContaining([['actor:khalifa-haftar', undefined, '2020-06-05'], ['actor:government-of-national-accord', '2020-06-05', undefined]]));
  });

  it('gives each edge its outlets, distinct and sorted, "|"-separated', () => {
    const back = parse(Graph, toGraphml(outletGraph()));
    expect(back.getEdgeAttribute(OUTLET_EDGE, 'outlets')).toBe('Al Wasat|reuters.com');
  });

  const networkx = hasNetworkx();
  it.skipIf(!networkx)('NetworkX reads it back: counts, type, relation, validity, escaped label', () => {
    const nx = readWithNetworkx('graphml', path);
    expect([nx.nodes, nx.edges]).toEqual([graph.order, graph.size]);
    expect(nx.node['backer:turkey'].type).toBe('backer');
    expect(nx.node['actor:hostile']).toMatchObject({ label: HOSTILE_LABEL, aliases: 'a "quoted", name|خليفة حفتر|xy' });
    expect(new Set(nx.edge.map((e) => e.relation))).toEqual(new Set(['supports', 'rejects', 'controls', 'proposes']));
    expect(nx.edge.filter((e) => e.target === 'city:tarhuna').map((e) => [e.start, e.end])).toEqual(expect.arrayContaining([[null, '2020-06-05'], ['2020-06-05', null]]));
  });
});
