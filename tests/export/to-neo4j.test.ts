import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/export/csv-field.ts';
import { toNeo4j } from '../../src/export/to-neo4j.ts';
import { parseCsv } from './_parse-csv.ts';
import { HOSTILE_LABEL, hostileGraph } from './_hostile-graph.ts';

const graph = hostileGraph();
const files = toNeo4j(graph);
const nodes = parseCsv(files['nodes.csv']);
const rels = parseCsv(files['relationships.csv']);

describe('toNeo4j', () => {
  it('writes neo4j-admin headers', () => {
    expect(nodes[0]).toContain('key:ID');
    expect(nodes[0]).toContain(':LABEL');
    expect(rels[0].slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
  });

  it('has one row per node and per edge, every row as wide as its header', () => {
    expect(nodes).toHaveLength(graph.order + 1);
    expect(rels).toHaveLength(graph.size + 1);
    for (const row of nodes) expect(row).toHaveLength(nodes[0].length);
    for (const row of rels) expect(row).toHaveLength(rels[0].length);
  });

  it('labels nodes by type and relationships by relation', () => {
    const col = nodes[0].indexOf(':LABEL');
    expect(nodes.find((r) => r[0] === 'city:sirte')![col]).toBe('Entity;City');
    expect(new Set(rels.slice(1).map((r) => r[2]))).toEqual(new Set(['SUPPORTS', 'REJECTS', 'CONTROLS', 'PROPOSES']));
  });

  it('round-trips hostile strings: quotes, commas, newlines, markup', () => {
    const row = nodes.find((r) => r[0] === 'actor:hostile')!;
    expect(row[1]).toBe(HOSTILE_LABEL);
    expect(row[3]).toBe('a "quoted", name;خليفة حفتر;x\u0001y');
    const quote = rels.find((r) => r[0] === 'actor:hostile')![rels[0].indexOf('quotes:string[]')];
    // the array delimiter ";" inside a quote becomes ","
    expect(quote).toBe(`]]> "say, ""hi""",\nnext line`);
  });

  it('gives each relationship its outlets (who said it), ";"-separated and sorted', () => {
    const col = rels[0].indexOf('outlets:string[]');
    expect(col).toBeGreaterThan(0);
    // evidence without an outlet (an old snapshot) falls back to its article
    expect(rels.find((r) => r[0] === 'actor:hostile')![col]).toBe('a.txt');
    for (const r of rels.slice(1)) expect(r[col]).not.toBe('');
  });

  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say ""hi"""'],
    [42, '42'],
    [undefined, ''],
  ])('csvField(%j) → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
