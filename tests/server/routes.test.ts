// Every GET route, in-process: success, 400 for bad or missing input, 404 for unknown
// nodes, one JSON error shape throughout.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp } from './_app.ts';

const app = testApp();

describe('GET routes: success', () => {
  it('health reports the graph size', async () => {
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', nodes: expect.any(Number), edges: expect.any(Number), articles: 4 });
  });

  it('nodes?q=Hafter ranks Khalifa Haftar first', async () => {
    const res = await request(app).get('/api/nodes').query({ q: 'Hafter' }).expect(200);
    expect(res.body.hits[0].label).toBe('Khalifa Haftar');
  });

  it('nodes?q=&type= filters by type', async () => {
    const res = await request(app).get('/api/nodes').query({ q: 'tr', type: 'city,backer', limit: 50 }).expect(200);
    expect(res.body.hits.length).toBeGreaterThan(0);
    expect(res.body.hits.every((h: { type: string }) => h.type === 'city' || h.type === 'backer')).toBe(true);
  });

  it('nodes/:key gives facts with evidence (by key or by name)', async () => {
    const byKey = await request(app).get('/api/nodes/backer:turkey').expect(200);
    expect(byKey.body.facts.supports[0].edge.evidence.length).toBeGreaterThan(0);
    const byName = await request(app).get('/api/nodes/Turkey').expect(200);
    expect(byName.body.key).toBe('backer:turkey');
  });

  it('nodes/:key/neighbours walks the chosen relations', async () => {
    const res = await request(app).get('/api/nodes/GNA/neighbours').query({ relations: 'supports', direction: 'in' }).expect(200);
    expect(res.body.nodes.map((n: { label: string }) => n.label)).toEqual(['Qatar', 'Turkey', 'United Nations']);
  });

  it('paths?from=Turkey&to=Khalifa Haftar has evidence on every hop', async () => {
    const res = await request(app).get('/api/paths').query({ from: 'Turkey', to: 'Khalifa Haftar' }).expect(200);
    expect(res.body.paths.length).toBeGreaterThan(0);
    for (const path of res.body.paths) {
      for (const hop of path.hops) expect(hop.edges.every((e: { evidence: unknown[] }) => e.evidence.length > 0) && hop.edges.length > 0).toBe(true);
    }
  });

  it('paths honours relations, maxLength, limit and directed', async () => {
    const res = await request(app).get('/api/paths').query({ from: 'Erdogan', to: 'GNA', relations: 'supports', maxLength: 2, limit: 1, directed: 'true' }).expect(200);
    expect(res.body.paths).toHaveLength(1);
    expect(res.body.shortest.nodes.map((n: { label: string }) => n.label)).toEqual(['Recep Tayyip Erdogan', 'Turkey', 'Government of National Accord']);
  });

  it('backers?of=Haftar lists the Haftar side only', async () => {
    const res = await request(app).get('/api/backers').query({ of: 'Haftar' }).expect(200);
    expect(res.body.direct.map((b: { backer: { label: string } }) => b.backer.label)).toEqual(['Abdel Fattah al-Sisi', 'Egypt', 'France', 'Russia', 'Saudi Arabia', 'United Arab Emirates']);
  });

  it('proposals lists stances', async () => {
    const res = await request(app).get('/api/proposals').expect(200);
    const cairo = res.body.proposals.find((p: { label: string }) => p.label === 'Cairo Declaration');
    expect(cairo.rejecters.map((r: { label: string }) => r.label)).toContain('Government of National Accord');
  });

  it('control?place=Tarhuna gives the periods', async () => {
    const res = await request(app).get('/api/control').query({ place: 'Tarhuna' }).expect(200);
    expect(res.body.periods).toHaveLength(2);
  });

  it('camps splits the two sides', async () => {
    const res = await request(app).get('/api/camps').expect(200);
    const campOf = (label: string) => res.body.camps.find((c: { members: { label: string }[] }) => c.members.some((m) => m.label === label))?.id;
    expect(campOf('Turkey')).toBe(campOf('Qatar'));
    expect(campOf('Turkey')).not.toBe(campOf('Egypt'));
    expect(res.body.frustration).toBeGreaterThanOrEqual(0);
  });

  it('ask answers with interpretation, items and paths', async () => {
    const res = await request(app).get('/api/ask').query({ q: 'who rejected the Cairo Declaration?' }).expect(200);
    expect(res.body.interpretation.template).toBe('who-rejects');
    expect(res.body.answer.items.map((i: { label: string }) => i.label)).toContain('Government of National Accord');
  });

  it('graph?at= shows the state at a date', async () => {
    const res = await request(app).get('/api/graph').query({ at: '2020-06-01', relations: 'controls' }).expect(200);
    const tarhuna = res.body.edges.filter((e: { target: string }) => e.target === 'city:tarhuna');
    expect(tarhuna.map((e: { source: string }) => e.source)).toEqual(['actor:khalifa-haftar']);
  });

  it.each([
    ['gexf', /application\/gexf\+xml/, /<gexf/],
    ['graphml', /application\/graphml\+xml/, /<graphml/],
    ['json', /application\/json/, /"nodes"/],
  ])('export?format=%s downloads the file', async (format, type, body) => {
    const res = await request(app).get('/api/export').query({ format }).buffer(true).parse((r, cb) => {
      let data = '';
      r.on('data', (c: Buffer) => (data += c));
      r.on('end', () => cb(null, data));
    }).expect(200);
    expect(res.headers['content-type']).toMatch(type);
    expect(res.headers['content-disposition']).toMatch(new RegExp(`graph\\.${format}`));
    expect(res.body).toMatch(body);
  });

  it('export?format=neo4j gives both CSV files', async () => {
    const res = await request(app).get('/api/export').query({ format: 'neo4j' }).expect(200);
    expect(Object.keys(res.body)).toEqual(['nodes.csv', 'relationships.csv']);
  });

  it('sends security headers (helmet)', async () => {
    const res = await request(app).get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('GET routes: 400 for bad input', () => {
  it.each([
    ['/api/nodes', {}],
    ['/api/nodes', { q: '   ' }],
    ['/api/nodes', { q: 'x', limit: '0' }],
    ['/api/nodes', { q: 'x', type: 'planet' }],
    ['/api/nodes/GNA/neighbours', { depth: '9' }],
    ['/api/paths', { from: 'Turkey' }],
    ['/api/paths', { from: 'Turkey', to: 'Qatar', maxLength: '7' }],
    ['/api/paths', { from: 'Turkey', to: 'Qatar', limit: '1001' }],
    ['/api/paths', { from: 'Turkey', to: 'Qatar', relations: 'likes' }],
    ['/api/paths', { from: 'Turkey', to: 'Qatar', directed: 'maybe' }],
    ['/api/paths', { from: 'Ahmed', to: 'Qatar' }],
    ['/api/backers', {}],
    ['/api/control', {}],
    ['/api/ask', {}],
    ['/api/ask', { q: 'what is love?' }],
    ['/api/graph', { at: 'June 2020' }],
    ['/api/graph', { types: 'planet' }],
    ['/api/export', {}],
    ['/api/export', { format: 'pdf' }],
  ])('%s %j → 400', async (path, query) => {
    const res = await request(app).get(path).query(query).expect(400);
    expect(res.body.error.code).toMatch(/^KG_(INVALID_INPUT|AMBIGUOUS)$/);
    expect(res.body.error.message).toEqual(expect.any(String));
  });

  it('an ambiguous name lists the candidates', async () => {
    const res = await request(app).get('/api/backers').query({ of: 'Ahmed' }).expect(400);
    expect(res.body.error).toMatchObject({ code: 'KG_AMBIGUOUS', candidates: expect.arrayContaining(['actor:ahmed-maiteeq']) });
  });

  it('an unreadable question lists example questions', async () => {
    const res = await request(app).get('/api/ask').query({ q: 'what is love?' }).expect(400);
    expect(res.body.error.examples.length).toBeGreaterThan(3);
  });
});

describe('GET routes: 404 for unknown things', () => {
  it.each([
    ['/api/nodes/city:atlantis', {}],
    ['/api/nodes/Atlantis/neighbours', {}],
    ['/api/paths', { from: 'Turkey', to: 'Atlantis' }],
    ['/api/backers', { of: 'Atlantis' }],
    ['/api/control', { place: 'Atlantis' }],
    ['/api/ask', { q: 'who backs Atlantis?' }],
    ['/api/nowhere', {}],
    ['/api', {}],
  ])('%s %j → 404 KG_NOT_FOUND', async (path, query) => {
    const res = await request(app).get(path).query(query).expect(404);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.body.error.code).toBe('KG_NOT_FOUND');
  });

  it('suggests near names', async () => {
    const res = await request(app).get('/api/backers').query({ of: 'Khalifa Hafsar' }).expect(404);
    expect(res.body.error.suggestions).toContain('Khalifa Haftar');
    expect(res.body.error.message).toMatch(/Did you mean "Khalifa Haftar"/);
  });
});
