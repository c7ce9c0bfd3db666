import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';
import { testApp } from './_app.ts';

const labels = (body: { direct: { backer: { label: string } }[] }) => body.direct.map((b) => b.backer.label);

describe('response cache', () => {
  it('answers a repeated GET from the cache and forgets it when the graph changes', async () => {
    const graph = fixtureGraph();
    const app = testApp(graph);
    const first = await request(app).get('/api/backers').query({ of: 'GNA' }).expect(200);
    const again = await request(app).get('/api/backers').query({ of: 'GNA' }).expect(200).expect('Content-Type', /application\/json/);
    expect(again.body).toEqual(first.body);
    graph.addNode('backer:italy', { label: 'Italy', type: 'backer', kind: 'state', aliases: [], articles: [], mentions: 1 });
    graph.addEdge('backer:italy', 'actor:government-of-national-accord', { relation: 'supports', evidence: [], sources: 1, confidence: 1 });
    const after = await request(app).get('/api/backers').query({ of: 'GNA' }).expect(200);
    expect(labels(after.body)).toContain('Italy');
  });

  it('keeps an answer of several MB (a hub\'s quotes at 50,000 articles), not only small ones', async () => {
    const graph = fixtureGraph();
    const edge = graph.findInEdge('actor:government-of-national-accord', (_e, a) => a.relation === 'supports')!;
    const quote = 'x'.repeat(1000);
    const evidence = Array.from({ length: 3000 }, (_, i) => ({ article: `a${i}.txt`, sentence: 0, start: 0, end: 1000, quote, rule: 'test' }));
    graph.mergeEdgeAttributes(edge, { evidence });
    const app = testApp(graph);
    const first = await request(app).get('/api/backers').query({ of: 'GNA' }).expect(200);
    expect(Number(first.headers['content-length'])).toBeGreaterThan(3_000_000);
    evidence.length = 1; // in place, so no graph event: only a kept answer still has 3,000 quotes
    const again = await request(app).get('/api/backers').query({ of: 'GNA' }).expect(200);
    expect(again.headers['content-length']).toBe(first.headers['content-length']);
  });

  it('after a change, sends the kept bytes when the answer is the same data, and fresh ones when it is not', async () => {
    const graph = fixtureGraph();
    const app = testApp(graph);
    const first = await request(app).get('/api/backers').query({ of: 'GNA' }).expect(200);
    const backer = first.body.direct[0].backer.key as string;
    // a change elsewhere (a new town): the same answer, with the same ETag
    graph.addNode('city:wadi-zam', { label: 'Wadi Zam', type: 'city', kind: 'town', aliases: [], articles: [], mentions: 1 });
    const same = await request(app).get('/api/backers').query({ of: 'GNA' }).expect(200);
    expect(same.body).toEqual(first.body);
    expect(same.headers.etag).toBe(first.headers.etag);
    // a change the answer shows (the backer's label, replaced as the live corpus does): new bytes
    graph.replaceNodeAttributes(backer, { ...graph.getNodeAttributes(backer), label: 'Renamed Backer' });
    const renamed = await request(app).get('/api/backers').query({ of: 'GNA' }).expect(200);
    expect(renamed.headers.etag).not.toBe(first.headers.etag);
    expect(renamed.body.direct.map((b: { backer: { label: string } }) => b.backer.label)).toContain('Renamed Backer');
    // an in-place edit (merge) drops what was kept, so nothing kept can refer to edited data
    graph.mergeNodeAttributes(backer, { label: 'Merged Backer' });
    const merged = await request(app).get('/api/backers').query({ of: 'GNA' }).expect(200);
    expect(merged.body.direct.map((b: { backer: { label: string } }) => b.backer.label)).toContain('Merged Backer');
  });

  it('never vouches for an answer with the graph\'s own attributes, which are edited in place', async () => {
    const graph = fixtureGraph();
    graph.setAttribute('outlets', { 'a.txt': 'alwasat.ly' });
    const app = testApp(graph);
    // GET /api/graph answers with the graph's attributes object itself (graphology's export)
    const first = await request(app).get('/api/graph').expect(200);
    graph.updateAttribute('outlets', (outlets = {}) => Object.assign(outlets, { 'b.txt': 'libyaobserver.ly' }));
    const after = await request(app).get('/api/graph').expect(200);
    expect(first.body.attributes.outlets).toEqual({ 'a.txt': 'alwasat.ly' });
    expect(after.body.attributes.outlets).toEqual({ 'a.txt': 'alwasat.ly', 'b.txt': 'libyaobserver.ly' });
  });

  it('does not cache errors', async () => {
    const graph = fixtureGraph();
    const app = testApp(graph);
    await request(app).get('/api/backers').query({ of: 'Italy' }).expect(404);
    graph.addNode('backer:italy', { label: 'Italy', type: 'backer', kind: 'state', aliases: [], articles: [], mentions: 1 });
    await request(app).get('/api/backers').query({ of: 'Italy' }).expect(200);
  });
});

describe('response cache validators', () => {
  it('sends the same ETag for a cached answer and 304 when the client has it', async () => {
    const app = testApp();
    const first = await request(app).get('/api/camps').expect(200);
    const second = await request(app).get('/api/camps').expect(200);
    expect(first.headers.etag).toMatch(/^W\/"[0-9a-f]+-/);
    expect(second.headers.etag).toBe(first.headers.etag);
    await request(app).get('/api/camps').set('If-None-Match', first.headers.etag).expect(304);
  });
});
