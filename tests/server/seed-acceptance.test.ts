// The judged HTTP checks of issue 3 on the graph the extractor builds from the seeds.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { seedGraph } from '../fixtures/_seed-graph.ts';
import { testApp } from './_app.ts';

const app = testApp(await seedGraph());

describe('seed acceptance over HTTP', () => {
  it('/api/paths?from=Turkey&to=Khalifa Haftar returns paths with evidence on every hop', async () => {
    const res = await request(app).get('/api/paths').query({ from: 'Turkey', to: 'Khalifa Haftar' }).expect(200);
    expect(res.body.paths.length).toBeGreaterThan(0);
    for (const path of res.body.paths) {
      expect(path.hops).toHaveLength(path.length);
      for (const hop of path.hops) {
        expect(hop.edges.length).toBeGreaterThan(0);
        for (const edge of hop.edges) expect(edge.evidence[0].quote.length).toBeGreaterThan(0);
      }
    }
  });

  it('/api/nodes?q=Hafter ranks Khalifa Haftar first', async () => {
    const res = await request(app).get('/api/nodes').query({ q: 'Hafter' }).expect(200);
    expect(res.body.hits[0].label).toBe('Khalifa Haftar');
  });

  it('unknown node → 404 with a code; missing param → 400; a 6 MB POST → 413', async () => {
    expect((await request(app).get('/api/nodes/actor:nobody').expect(404)).body.error.code).toBe('KG_NOT_FOUND');
    expect((await request(app).get('/api/paths').query({ from: 'Turkey' }).expect(400)).body.error.code).toBe('KG_INVALID_INPUT');
    const big = JSON.stringify({ text: 'x'.repeat(6 * 1024 * 1024) });
    expect((await request(app).post('/api/articles').set('Content-Type', 'application/json').send(big).expect(413)).body.error.code).toBe('KG_LIMIT_EXCEEDED');
  });
});
