// POST /api/articles refusals: everything that must be answered before the extractor
// runs (media type, size, JSON, schema, unusable text).
import { readdir } from 'node:fs/promises';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { tempDataDir, testApp } from './_app.ts';

describe('POST /api/articles refusals', async () => {
  const data = await tempDataDir();
  const app = testApp(undefined, { dataDir: data.dir });

  it('413 for a 6 MB body', async () => {
    const res = await request(app).post('/api/articles').set('Content-Type', 'application/json').send(JSON.stringify({ text: 'x'.repeat(6 * 1024 * 1024) })).expect(413);
    expect(res.body.error.code).toBe('KG_LIMIT_EXCEEDED');
  });

  it.each([
    ['text/plain', 'Turkey backs the GNA.'],
    ['application/x-www-form-urlencoded', 'text=Turkey+backs+the+GNA.'],
  ])('415 for %s', async (type, body) => {
    const res = await request(app).post('/api/articles').set('Content-Type', type).send(body).expect(415);
    expect(res.body.error.code).toBe('KG_UNSUPPORTED_MEDIA');
  });

  it('415 for a charset other than UTF-8', async () => {
    const res = await request(app).post('/api/articles').set('Content-Type', 'application/json; charset=koi8-r').send('{"text":"x"}').expect(415);
    expect(res.body.error.code).toBe('KG_UNSUPPORTED_MEDIA');
  });

  it.each([
    ['malformed JSON', '{"text": "unterminated'],
    ['no text', JSON.stringify({ title: 'a title' })],
    ['text not a string', JSON.stringify({ text: 42 })],
    ['bad date', JSON.stringify({ text: 'Turkey backs the GNA.', date: '10 Jan 2020' })],
    ['a JSON array', JSON.stringify(['Turkey backs the GNA.'])],
  ])('400 for %s', async (_case, body) => {
    const res = await request(app).post('/api/articles').set('Content-Type', 'application/json').send(body).expect(400);
    expect(res.body.error.code).toBe('KG_INVALID_INPUT');
  });

  it.each([
    ['empty', ''],
    ['only whitespace', '   \n\t  '],
    ['binary (NUL bytes)', 'Turkey\u0000backs\u0000the GNA'],
  ])('422 for text that is %s, and nothing is stored', async (_case, text) => {
    const res = await request(app).post('/api/articles').send({ text }).expect(422);
    expect(res.body.error.code).toBe('KG_UNPROCESSABLE');
    expect(await readdir(data.articlesDir).catch(() => [])).toEqual([]);
  });

  it.each([
    ['invalid UTF-8 bytes', Buffer.concat([Buffer.from('{"text": "Turkey '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' backs the GNA."}')])],
    ['a lone surrogate', Buffer.from('{"text": "Turkey \\ud800 backs the GNA."}')],
  ])('422 for a body with %s, and nothing is stored', async (_case, body) => {
    // serialize: send the bytes as they are (superagent would JSON.stringify a Buffer)
    const res = await request(app).post('/api/articles').set('Content-Type', 'application/json').serialize((b: Buffer) => b as unknown as string).send(body).expect(422);
    expect(res.body.error.code).toBe('KG_UNPROCESSABLE');
    expect(await readdir(data.articlesDir).catch(() => [])).toEqual([]);
  });

  it('404 when the server has no articles folder', async () => {
    const res = await request(testApp()).post('/api/articles').send({ text: 'Turkey backs the GNA.' }).expect(404);
    expect(res.body.error.code).toBe('KG_NOT_FOUND');
  });

  it('429 after too many posts in a minute', async () => {
    const limited = testApp(undefined, { writesPerMinute: 2 });
    for (let i = 0; i < 2; i++) await request(limited).post('/api/articles').send({ text: 'x' }).expect(404);
    const res = await request(limited).post('/api/articles').send({ text: 'x' }).expect(429);
    expect(res.body.error.code).toBe('KG_LIMIT_EXCEEDED');
  });
});
