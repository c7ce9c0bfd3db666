// The viewer is served at / when its build folder exists; the API still answers JSON.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp } from './_app.ts';

describe('static viewer', () => {
  it('serves index.html at / from webDist', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'conflict-kg-web-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>conflict-kg viewer</title>');
    const app = testApp(undefined, { webDist: dist });
    const res = await request(app).get('/').expect(200);
    expect(res.text).toContain('conflict-kg viewer');
    await request(app).get('/api/health').expect(200).expect('Content-Type', /json/);
  });

  it('answers 404 at / when there is no viewer build', async () => {
    await request(testApp(undefined, { webDist: join(tmpdir(), 'no-such-folder') })).get('/').expect(404);
  });
});
