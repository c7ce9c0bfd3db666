// Security rows: the strict Content-Security-Policy, CORS only for configured origins,
// the optional API token on writes (401 KG_UNAUTHORIZED), and the POST rate limit (429).
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { corsAllowlist } from '../../src/server/cors-allowlist.ts';
import { tempDataDir, testApp } from './_app.ts';

describe('Content-Security-Policy', () => {
  it('allows this origin only: no inline script or style, no eval, no framing', async () => {
    const csp = (await request(testApp()).get('/api/health')).headers['content-security-policy'];
    const directives = Object.fromEntries(csp.split(';').map((d: string) => d.trim().split(/\s+/)).map(([name, ...values]: string[]) => [name, values]));
    expect(directives).toMatchObject({
      'default-src': ["'self'"], 'script-src': ["'self'"], 'style-src': ["'self'"], 'worker-src': ["'self'"],
      'connect-src': ["'self'"], 'object-src': ["'none'"], 'frame-ancestors': ["'none'"], 'base-uri': ["'none'"],
    });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|upgrade-insecure-requests|\*/);
  });
});

describe('CORS', () => {
  const listed = 'https://newsroom.example.org';
  it.each([
    ['no origin list, any origin', [], 'https://evil.example', undefined],
    ['a listed origin', [listed], listed, listed],
    ['an origin not on the list', [listed], 'https://evil.example', undefined],
    ['a listed origin with another port', [listed], `${listed}:8443`, undefined],
  ])('%s → Access-Control-Allow-Origin %s', async (_case, origins, origin, expected) => {
    const res = await request(testApp(undefined, { corsOrigins: origins })).get('/api/health').set('Origin', origin).expect(200);
    expect(res.headers['access-control-allow-origin']).toBe(expected);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers the preflight of a listed origin, and nothing for others', async () => {
    const app = testApp(undefined, { corsOrigins: [listed] });
    const ok = await request(app).options('/api/articles').set('Origin', listed).set('Access-Control-Request-Method', 'POST').expect(204);
    expect(ok.headers['access-control-allow-methods']).toContain('POST');
    const refused = await request(app).options('/api/articles').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each([['*'], ['newsroom.example.org'], ['https://a.example/path']])('refuses %j as an origin', (origin) => {
    expect(() => corsAllowlist([origin])).toThrow(expect.objectContaining({ code: 'KG_INVALID_INPUT' }));
  });
});

describe('API token (KG_API_TOKEN)', async () => {
  const data = await tempDataDir();
  const app = testApp(undefined, { dataDir: data.dir, apiToken: 's3cret-token' });
  const post = () => request(app).post('/api/articles').set('Content-Type', 'application/json');

  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', 'Bearer wrong'],
    ['a longer token that starts with it', 'Bearer s3cret-token-and-more'],
    ['the token without "Bearer"', 's3cret-token'],
    ['Basic credentials', 'Basic czNjcmV0LXRva2Vu'],
  ])('POST with %s → 401 KG_UNAUTHORIZED, nothing stored', async (_case, authorization) => {
    const req = post();
    if (authorization) req.set('Authorization', authorization);
    const res = await req.send({ text: '   ' }).expect(401);
    expect(res.body.error.code).toBe('KG_UNAUTHORIZED');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('POST with the token gets through (then the text is judged: 422 for a blank one)', async () => {
    const res = await post().set('Authorization', 'Bearer s3cret-token').send({ text: '   ' }).expect(422);
    expect(res.body.error.code).toBe('KG_UNPROCESSABLE');
  });

  it('reads need no token', async () => {
    await request(app).get('/api/health').expect(200);
    await request(app).get('/api/nodes').query({ q: 'Haftar' }).expect(200);
  });

  it('without KG_API_TOKEN no token is asked for', async () => {
    const open = testApp(undefined, { dataDir: data.dir });
    expect((await request(open).post('/api/articles').send({ text: '   ' })).status).toBe(422);
  });
});

describe('rate limit on POST', () => {
  it('429 KG_LIMIT_EXCEEDED after the allowed posts, reads still answered', async () => {
    const data = await tempDataDir();
    const app = testApp(undefined, { dataDir: data.dir, writesPerMinute: 3 });
    for (let i = 0; i < 3; i++) await request(app).post('/api/articles').send({ text: ' ' }).expect(422);
    const res = await request(app).post('/api/articles').send({ text: 'Turkey backs the GNA.' }).expect(429);
    expect(res.body.error.code).toBe('KG_LIMIT_EXCEEDED');
    expect(res.headers['retry-after']).toBeDefined();
    await request(app).get('/api/health').expect(200);
  });
});
