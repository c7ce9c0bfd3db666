// Bad input on the read side gets a clear typed error, fast, and nothing else breaks:
// unbounded path/search parameters, an oversized question, unknown nodes with "did you
// mean", and traversal attempts on export and the static viewer. Runs over a real
// loopback socket (createHttpServer), so the HTTP server's own limits are tested too.
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/server/create-http-server.ts';
import { testApp } from './_app.ts';

const dist = await mkdtemp(join(tmpdir(), 'conflict-kg-web-'));
await writeFile(join(dist, 'index.html'), '<!doctype html><title>viewer</title>');
const server = createHttpServer(testApp(undefined, { webDist: dist }));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** GET a raw path (no URL normalisation by a client library), timed. */
async function get(path: string): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(base + path);
  return { status: res.status, text: await res.text(), ms: performance.now() - started };
}

const code = (text: string) => (JSON.parse(text) as { error: { code: string } }).error.code;

describe('unbounded parameters are refused at once', () => {
  it.each([
    ['/api/paths?from=Turkey&to=Khalifa%20Haftar&maxLength=1000'],
    ['/api/paths?from=Turkey&to=Khalifa%20Haftar&limit=1e9'],
    ['/api/paths?from=Turkey&to=Khalifa%20Haftar&maxLength=1e9&limit=1e9&directed=false'],
    ['/api/paths?from=Turkey&to=Khalifa%20Haftar&maxLength=-1'],
    ['/api/paths?from=Turkey&to=Khalifa%20Haftar&maxLength=NaN'],
    ['/api/nodes?q=a&limit=1e9'],
    ['/api/nodes/GNA/neighbours?depth=1000'],
    ['/api/backers?of=Haftar&maxDepth=1e9'],
  ])('%s → 400 KG_INVALID_INPUT within 1 s', async (path) => {
    const { status, text, ms } = await get(path);
    expect(status).toBe(400);
    expect(code(text)).toBe('KG_INVALID_INPUT');
    expect(ms).toBeLessThan(1000);
  });

  it('the largest allowed path search still answers within 2 s', async () => {
    const { status, ms } = await get('/api/paths?from=Turkey&to=Khalifa%20Haftar&maxLength=6&limit=1000&directed=false');
    expect(status).toBe(200);
    expect(ms).toBeLessThan(2000);
  });
});

describe('questions', () => {
  it.each([
    ['a 20,000-character question', 'who backs '.repeat(2000)],
    ['a 501-character question', `who backs ${'x'.repeat(491)}`],
  ])('%s → 400 naming the limit, not a bare 431', async (_case, q) => {
    const { status, text, ms } = await get(`/api/ask?q=${encodeURIComponent(q)}`);
    expect(status).toBe(400);
    expect(code(text)).toBe('KG_INVALID_INPUT');
    expect(text).toMatch(/500/);
    expect(ms).toBeLessThan(1000);
  });

  it('a URL beyond 64 KB gets a JSON 431', async () => {
    const { status, text } = await get(`/api/ask?q=${'x'.repeat(70_000)}`);
    expect(status).toBe(431);
    expect(code(text)).toBe('KG_LIMIT_EXCEEDED');
  });
});

describe('unknown nodes', () => {
  it.each([
    ['/api/nodes/Khalifa%20Hafsar'],
    ['/api/nodes/Khalifa%20Hafsar/neighbours'],
    ['/api/paths?from=Khalifa%20Hafsar&to=Turkey'],
  ])('%s → 404 with "did you mean"', async (path) => {
    const { status, text } = await get(path);
    expect(status).toBe(404);
    const { error } = JSON.parse(text);
    expect(error.code).toBe('KG_NOT_FOUND');
    expect(error.message).toMatch(/Did you mean "Khalifa Haftar"/);
    expect(error.suggestions).toContain('Khalifa Haftar');
  });
});

describe('no path traversal', () => {
  it.each([
    ['/api/export?format=../../etc/passwd'],
    ['/api/export?format=..%2F..%2Fetc%2Fpasswd'],
    ['/api/export?format=%2Fetc%2Fpasswd'],
    ['/api/export?format=gexf&format=../../etc/passwd'],
  ])('%s → 400', async (path) => {
    const { status, text } = await get(path);
    expect(status).toBe(400);
    expect(code(text)).toBe('KG_INVALID_INPUT');
    expect(text).not.toMatch(/root:/);
  });

  it.each([
    ['/../../etc/passwd'],
    ['/%2e%2e/%2e%2e/etc/passwd'],
    ['/..%2f..%2f..%2fetc%2fpasswd'],
    ['/assets/..%2f..%2f..%2fpackage.json'],
    ['/%2e%2e%5c%2e%2e%5cpackage.json'],
    ['/api/nodes/..%2F..%2F..%2Fetc%2Fpasswd'],
    ['/index.html%00.txt'],
  ])('%s is not served from outside the viewer folder', async (path) => {
    const { status, text } = await get(path);
    expect([400, 403, 404]).toContain(status);
    expect(text).not.toMatch(/root:|"name": "conflict-kg"/);
  });
});

describe('nothing else breaks', () => {
  it('the server still answers after all of the above', async () => {
    expect((await get('/api/health')).status).toBe(200);
    expect((await get('/')).text).toContain('viewer');
  });
});
