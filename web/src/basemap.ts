// The offline basemap: Natural Earth country borders from the world-atlas package (a
// file of the build, fetched from this origin; no tile server), as GeoJSON for MapLibre,
// and a local style: sea, land (the theatre lighter), borders. No glyphs or sprites, so
// the map asks for nothing else: place names are the markers' own DOM labels.
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

export type Countries = FeatureCollection<Geometry, { name?: string }>;

/** @example const countries = await loadCountries(); countries.features.length // → 242 */
export async function loadCountries(): Promise<Countries> {
  const response = await fetch(countriesUrl);
  if (!response.ok) throw new Error(`the basemap (${countriesUrl}) answered ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
  return feature(topology, topology.objects.countries) as Countries;
}

/** @example new maplibregl.Map({ container, style: basemapStyle(countries, 'Libya') }) */
export function basemapStyle(countries: Countries, theatre: string | null): StyleSpecification {
  return {
    version: 8,
    sources: { countries: { type: 'geojson', data: countries } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dce7f0' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': ['case', ['==', ['get', 'name'], theatre ?? ''], '#fffdf7', '#efece4'] } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#9c978c', 'line-width': ['case', ['==', ['get', 'name'], theatre ?? ''], 1.4, 0.7] } },
    ],
  };
}
