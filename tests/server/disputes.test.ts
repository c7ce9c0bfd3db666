// GET /api/disputes, GET /api/sources and /api/graph?minSources= on the dispute corpus.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { DISPUTE_OUTLETS, disputesGraph } from '../fixtures/_disputes-graph.ts';
import { testApp } from './_app.ts';

let app: Express;
beforeAll(async () => {
  app = testApp(await disputesGraph());
});

describe('GET /api/disputes', () => {
  it('lists the contested place, the change of stance and the denied claim with both sides\' quotes and outlets', async () => {
    const res = await request(app).get('/api/disputes').expect(200);
    expect(res.body.disputes.map((d: { kind: string }) => d.kind)).toEqual(['control', 'stance', 'denied']);
    for (const d of res.body.disputes) {
      expect(d.claims).toHaveLength(2);
      for (const side of d.claims) {
        expect(side.evidence.length).toBeGreaterThan(0);
        for (const e of side.evidence) expect(Object.keys(e).sort()).toEqual(['article', 'date', 'outlet', 'quote']);
      }
    }
    const outlets = res.body.disputes.map((d: { claims: Array<{ outlets: string[] }> }) => d.claims.map((c) => c.outlets.join()));
    expect(outlets).toEqual([['Al Wasat', 'libyaobserver.ly'], ['aljazeera.com', 'reuters.com'], ['Asharq Al-Awsat', 'Asharq Al-Awsat']]);
  });

  it('?kinds= narrows; an unknown kind is a 400 naming the parameter', async () => {
    const res = await request(app).get('/api/disputes?kinds=denied,control').expect(200);
    expect(res.body.disputes.map((d: { kind: string }) => d.kind)).toEqual(['control', 'denied']);
    const bad = await request(app).get('/api/disputes?kinds=rumour').expect(400);
    expect(bad.body.error.code).toBe('KG_INVALID_INPUT');
    expect(bad.body.error.message).toMatch(/"kinds[.\d]*"/);
  });
});

describe('GET /api/sources', () => {
  it('lists the five outlets with article and fact counts', async () => {
    const res = await request(app).get('/api/sources').expect(200);
    expect(res.body.outlets.map((o: { outlet: string }) => o.outlet).sort()).toEqual(DISPUTE_OUTLETS);
    expect(res.body.outlets[0]).toEqual({ outlet: expect.any(String), articles: 1, facts: expect.any(Number), evidence: expect.any(Number), alone: expect.any(Number) });
  });
});

describe('GET /api/graph?minSources=', () => {
  it('keeps only facts stated by at least N outlets', async () => {
    const all = (await request(app).get('/api/graph').expect(200)).body.edges;
    const two = (await request(app).get('/api/graph?minSources=2').expect(200)).body.edges;
    // only Sarraj's call is stated by two outlets (Al Jazeera and Reuters)
    expect(all.length).toBeGreaterThan(two.length);
    expect(two.map((e: { attributes: { relation: string } }) => e.attributes.relation)).toEqual(['proposes']);
  });

  it.each(['0', '-1', '1.5', 'many'])('minSources=%s is a 400', async (value) => {
    const res = await request(app).get(`/api/graph?minSources=${value}`).expect(400);
    expect(res.body.error.code).toBe('KG_INVALID_INPUT');
  });
});
