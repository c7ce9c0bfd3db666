import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { gexfDate } from '../../src/export/gexf-date.ts';
import { toGexf } from '../../src/export/to-gexf.ts';
import { hasNetworkx, hasXmllint, readWithNetworkx, xmllintGexf } from './_tools.ts';
import { HOSTILE_LABEL, hostileGraph } from './_hostile-graph.ts';
import { seedGraph } from '../fixtures/_seed-graph.ts';
import { OUTLET_EDGE, outletGraph } from './_outlet-graph.ts';

const graph = hostileGraph();
const gexf = toGexf(graph);
const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-gexf-'));
const path = join(dir, 'graph.gexf');
await writeFile(path, gexf);

describe('toGexf', () => {
  it('declares GEXF 1.3 with dynamics by date', () => {
    expect(gexf).toMatch(/<gexf[^>]*version="1.3"[^>]*xmlns="http:\/\/gexf.net\/1.3"/);
    expect(gexf).toMatch(/<graph mode="dynamic" timeformat="date" defaultedgetype="directed"/);
  });

  it('puts start/end on changed controls and nowhere else', () => {
    expect(gexf.match(/<edge [^>]*(start|end)=/g)).toHaveLength(3);
    expect(gexf).toMatch(/<edge id="actor:khalifa-haftar\|controls\|city:tarhuna\|\|2020-06-05"[^>]* end="2020-06-05"/);
    expect(gexf).toMatch(/<edge id="actor:government-of-national-accord\|controls\|city:tarhuna\|2020-06-05\|"[^>]* start="2020-06-05"/);
  });

  it('writes type, kind, aliases, evidence, colours, sizes, positions and relation labels', () => {
    const back = parse(Graph, gexf);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const haftar = back.getNodeAttributes('actor:khalifa-haftar');
    expect(haftar).toMatchObject({ label: 'Khalifa Haftar', type: 'actor', kind: 'person', aliases: 'Haftar|Hafter|Heftar|LNA|Libyan National Army', color: 'rgb(214,39,40)' });
    expect(haftar.evidence).toBeGreaterThan(5);
    expect(haftar.size).toBeGreaterThan(12);
    expect(Number.isFinite(haftar.x) && Number.isFinite(haftar.y)).toBe(true);
    back.forEachEdge((_e, a) => expect(a.label).toBe(a.relation));
  });

  it('gives each edge its outlets, distinct and sorted, "|"-separated', () => {
    const back = parse(Graph, toGexf(outletGraph()));
    expect(back.getEdgeAttribute(OUTLET_EDGE, 'outlets')).toBe('Al Wasat|reuters.com');
  });

  it('escapes every string: a node named <b>&"\' round-trips, control characters are dropped', () => {
    const back = parse(Graph, gexf);
    expect(back.getNodeAttribute('actor:hostile', 'label')).toBe(HOSTILE_LABEL);
    expect(back.getNodeAttribute('actor:hostile', 'aliases')).toBe('a "quoted", name|خليفة حفتر|xy');
  });

  it.each([
    ['2020-06-05', false, '2020-06-05'],
    ['2020-06', false, '2020-06-01'],
    ['2020-06', true, '2020-06-30'],
    ['2020-02', true, '2020-02-29'],
    ['2020', true, '2020-12-31'],
    ['2020', false, '2020-01-01'],
  ])('gexfDate(%s, end=%s) → %s', (value, end, expected) => {
    expect(gexfDate(value, end)).toBe(expected);
  });

  describe('validity', () => {
    const xmllint = hasXmllint();
    const networkx = hasNetworkx();

    it.skipIf(!xmllint)('validates against the GEXF 1.3 RELAX NG schema (xmllint)', async () => {
      const bare = join(dir, 'bare.gexf');
      await writeFile(bare, gexf.replace(/\s+xsi:schemaLocation="[^"]*"/, ''));
      const result = xmllintGexf(bare);
      expect(result.output).toMatch(/validates/);
      expect(result.ok).toBe(true);
    });

    it('the seed GEXF has no sentinel year; its undated control changes are open and marked', async () => {
      const seed = toGexf(await seedGraph());
      expect(seed).not.toMatch(/9999|0000-/);
      const marked = seed.match(/<attvalue for="(since|until)_unknown" value="true"\/>/g) ?? [];
      expect(marked.length).toBeGreaterThan(0); // seed article 001 has no date: "liberated Tarhuna" on no known day
      if (!xmllint) return;
      const bare = join(dir, 'seed.gexf');
      await writeFile(bare, seed.replace(/\s+xsi:schemaLocation="[^"]*"/, ''));
      expect(xmllintGexf(bare).ok).toBe(true);
    });

    it.skipIf(!xmllint)('the schema check can fail: an invalid element is refused', async () => {
      const broken = join(dir, 'broken.gexf');
      await writeFile(broken, gexf.replace(/\s+xsi:schemaLocation="[^"]*"/, '').replace('<nodes>', '<nodes><bogus/>'));
      expect(xmllintGexf(broken).ok).toBe(false);
    });

    it.skipIf(!networkx)('NetworkX reads it back: counts, type, relation, start/end, escaped label', () => {
      const nx = readWithNetworkx('gexf', path);
      expect([nx.nodes, nx.edges]).toEqual([graph.order, graph.size]);
      expect(nx.node['actor:khalifa-haftar'].type).toBe('actor');
      expect(nx.node['actor:hostile'].label).toBe(HOSTILE_LABEL);
      expect(new Set(nx.edge.map((e) => e.relation))).toEqual(new Set(['supports', 'rejects', 'controls', 'proposes']));
      const tarhuna = nx.edge.filter((e) => e.target === 'city:tarhuna').map((e) => [e.source, e.start, e.end]);
      expect(tarhuna).toEqual(expect.arrayContaining([['actor:khalifa-haftar', null, '2020-06-05'], ['actor:government-of-national-accord', '2020-06-05', null]]));
    });
  });
});
