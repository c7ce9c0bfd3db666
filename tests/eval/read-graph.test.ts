import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraphFile } from '../../src/eval/read-graph.ts';
import { checkGold, readGold } from '../../src/eval/read-gold.ts';
import { fixture, runEval } from './_score-py.ts';

const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-eval-'));
const file = async (name: string, text: string) => {
  await writeFile(join(dir, name), text);
  return join(dir, name);
};

describe('readGraphFile', () => {
  it('reads graphology JSON with top-level attributes merged under `attributes`', async () => {
    const graph = await readGraphFile(fixture('graph.json'));
    expect(graph.nodes.get('n5')).toEqual({ type: 'backer', label: 'Ankara' });
    expect(graph.edges[10]).toEqual(['n5', 'n4', { relation: 'supports' }]);
  });

  it('reads GEXF attvalues under their titles, with label and relation fallbacks', async () => {
    const graph = await readGraphFile(fixture('graph.gexf'));
    expect(graph.nodes.get('gna')).toEqual({ type: 'actor', label: 'GNA' });
    expect(graph.nodes.get('haftar')).toEqual({ type: 'actor', aliases: 'LNA|Hafter', label: "Haftar's militias" });
    expect(graph.edges[3]).toEqual(['haftar', 'sirte', { until: '2020-06-05', relation: 'controls' }]);
    expect(graph.edges[4][2]).toEqual({ k: 'controls', relation: null });
  });

  it.each([
    ['missing.json', null, 'KG_NOT_FOUND'],
    ['bad.json', '{"nodes": [', 'KG_INVALID_INPUT'],
    ['list.json', '[1, 2]', 'KG_INVALID_INPUT'],
    ['edge.json', '{"nodes": [], "edges": [{"target": "a"}]}', 'KG_INVALID_INPUT'],
    ['bad.gexf', '<gexf><graph><nodes></graph></gexf>', 'KG_INVALID_INPUT'],
    ['empty.gexf', '', 'KG_INVALID_INPUT'],
    ['noid.gexf', '<gexf><graph><nodes><node label="x"/></nodes></graph></gexf>', 'KG_INVALID_INPUT'],
    ['nokey.json', '{"nodes": [{"attributes": {"label": "x"}}]}', 'KG_INVALID_INPUT'],
  ])('%s → %s', async (name, text, code) => {
    const path = text === null ? join(dir, name) : await file(name, text);
    await expect(readGraphFile(path)).rejects.toMatchObject({ code });
  });
});

describe('readGold', () => {
  const shape = (relation: unknown) => ({ entities: {}, proposals: {}, articles: { 'a.txt': { relations: [relation] } } });
  it.each([
    ['sources not a list', shape({ s: 'gna', r: 'supports', t: [] })],
    ['an unknown relation', shape({ s: ['gna'], r: 'mentions', t: ['x'] })],
    ['no entities', { proposals: {}, articles: {} }],
  ])('rejects a gold file with %s', (_, value) => {
    expect(() => checkGold(value, 'g.json')).toThrow(expect.objectContaining({ code: 'KG_INVALID_INPUT' }));
  });

  it.each([
    ['missing.json', null, 'KG_NOT_FOUND'],
    ['gold.txt', 'not json', 'KG_INVALID_INPUT'],
  ])('%s → %s', async (name, text, code) => {
    const path = text === null ? join(dir, name) : await file(name, text);
    await expect(readGold(path)).rejects.toMatchObject({ code });
  });
});

describe('eval CLI errors', () => {
  it('prints one line and exits 1 on a missing graph', () => {
    const r = runEval(join(dir, 'nope.json'), fixture('gold.json'));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('[KG_NOT_FOUND]');
  });
});
