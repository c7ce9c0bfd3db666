// Which places the map draws: the theatre country's (the one holding most places), the
// rest listed. Over the real Natural Earth borders the map uses (world-atlas).
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { countryFinder, splitTheatre } from '../../web/src/theatre.ts';

const topology = JSON.parse(readFileSync(new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'));
const countries = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry, { name?: string }>;
const countryOf = countryFinder(countries);
const place = (label: string, lat: number, lon: number, mentions = 1) => ({ key: `city:${label.toLowerCase()}`, label, lat, lon, mentions });

describe('countryFinder', () => {
  it.each([
    ['Sirte (on the coast: nudged ashore)', [16.58866, 31.20892], 'Libya'],
    ['Tripoli', [13.19, 32.89], 'Libya'],
    ['Berlin', [13.405, 52.52], 'Germany'],
    ['Cairo', [31.25, 30.06], 'Egypt'],
    ['the open sea', [18.0, 34.5], null],
  ] as Array<[string, [number, number], string | null]>)('%s', (_name, lonLat, expected) => {
    expect(countryOf(lonLat)).toBe(expected);
  });
});

describe('splitTheatre', () => {
  it('draws the theatre\'s places and lists the venues abroad', () => {
    const split = splitTheatre([place('Sirte', 31.2, 16.59, 5), place('Tripoli', 32.89, 13.19, 3), place('Berlin', 52.52, 13.405, 2), place('Cairo', 30.06, 31.25)], countryOf);
    expect(split.theatre).toBe('Libya');
    expect(split.inside.map((p) => p.label)).toEqual(['Sirte', 'Tripoli']);
    expect(split.abroad.map((p) => [p.label, p.country])).toEqual([['Berlin', 'Germany'], ['Cairo', 'Egypt']]);
  });

  it('weighs by mentions: one much-named town outweighs two barely named', () => {
    const split = splitTheatre([place('Khartoum', 15.5, 32.56, 9), place('Tripoli', 32.89, 13.19), place('Sirte', 31.2, 16.59)], countryOf);
    expect(split.theatre).toBe('Sudan');
  });

  it('no place in any country: nothing is left out', () => {
    const split = splitTheatre([place('Sea', 34.5, 18.0)], countryOf);
    expect([split.theatre, split.inside.length, split.abroad.length]).toEqual([null, 1, 0]);
  });
});
