// Which places belong on the map: those in the theatre (the country holding most of the
// graph's places, weighted by mentions); the others (a conference in Berlin, a capital
// abroad) are listed beside the map, not drawn, so the map fits the war and not the world.
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface MapPlace {
  key: string;
  label: string;
  lat: number;
  lon: number;
  mentions: number;
}

export interface TheatreSplit {
  /** Name of the theatre country, or null when no place falls in any country. */
  theatre: string | null;
  inside: MapPlace[];
  abroad: Array<MapPlace & { country: string | null }>;
}

type Country = Feature<Geometry, { name?: string }>;

// a coastal town's point may fall just offshore of a simplified coastline: look ~10-20 km around
const NUDGES: Array<[number, number]> = [[0, 0], ...[0.1, 0.2].flatMap((d) => [[d, 0], [-d, 0], [0, d], [0, -d], [d, d], [-d, -d], [d, -d], [-d, d]] as Array<[number, number]>)];

/** @example countryFinder(countries)([13.19, 32.89]) // → 'Libya' */
export function countryFinder(countries: FeatureCollection<Geometry, { name?: string }>): (lonLat: [number, number]) => string | null {
  const boxes = countries.features.map((f: Country) => ({ f, box: geoBounds(f) }));
  const inBox = ([lon, lat]: [number, number], [[w, s], [e, n]]: [[number, number], [number, number]]) => lat >= s && lat <= n && (w <= e ? lon >= w && lon <= e : lon >= w || lon <= e);
  return ([lon, lat]) => {
    for (const [dx, dy] of NUDGES) {
      const point: [number, number] = [lon + dx, lat + dy];
      const hit = boxes.find(({ f, box }) => inBox(point, box) && geoContains(f, point));
      if (hit) return hit.f.properties?.name ?? null;
    }
    return null;
  };
}

/** @example splitTheatre(places, countryFinder(countries)) // → {theatre: 'Libya', inside: [Sirte, …], abroad: [Berlin]} */
export function splitTheatre(places: MapPlace[], countryOf: (lonLat: [number, number]) => string | null): TheatreSplit {
  const located = places.map((p) => ({ ...p, country: countryOf([p.lon, p.lat]) }));
  const weight = new Map<string, number>();
  for (const p of located) if (p.country) weight.set(p.country, (weight.get(p.country) ?? 0) + Math.max(1, p.mentions));
  const theatre = [...weight].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const inside = located.filter((p) => theatre === null || p.country === theatre).map(({ country: _c, ...p }) => p);
  const abroad = theatre === null ? [] : located.filter((p) => p.country !== theatre);
  return { theatre, inside, abroad };
}
