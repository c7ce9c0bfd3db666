// The Map view: every place of the theatre at its coordinates over the offline basemap
// (MapLibre with a local style; its worker is a same-origin file of the build), one
// focusable marker per place coloured by its holder's camp at the slider's date, ringed
// when contested, grey when nobody is known to hold it. Places abroad are listed beside
// the map, not drawn. Loaded on first use (it is the viewer's largest part).
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle, loadCountries } from './basemap.ts';
import { el } from './dom.ts';
import type { ViewGraph } from './load-graph.ts';
import { mapLegend } from './map-legend.ts';
import { markerState, type MarkerState, type PlaceControls } from './marker-state.ts';
import { outletCount } from './outlet-count.ts';
import { countryFinder, splitTheatre, type MapPlace } from './theatre.ts';
import type { UiStore } from './ui-state.ts';

export interface MapParts {
  container: HTMLElement;
  abroad: HTMLElement;
  legend: HTMLElement;
}

export interface MapView {
  map: maplibregl.Map;
  theatre: string | null;
  /** The markers' state as last drawn, by place key (read by the browser tests). */
  states: () => MarkerState[];
  /** Moves focus to a place's marker and centres it. */
  focus: (key: string) => void;
  resize: () => void;
}

function placesOf(graph: ViewGraph): MapPlace[] {
  return graph.filterNodes((_k, a) => a.type === 'city' && Number.isFinite(a.lat) && Number.isFinite(a.lon)).map((key) => {
    const a = graph.getNodeAttributes(key);
    return { key, label: a.label, lat: a.lat!, lon: a.lon!, mentions: a.mentions ?? 0 };
  });
}

function controlsOf(graph: ViewGraph, place: MapPlace, minSources: number): PlaceControls {
  const controls = graph
    .filterInEdges(place.key, (_e, a) => a.relation === 'controls' && outletCount(a.evidence) >= minSources)
    .map((edge) => {
      const a = graph.getEdgeAttributes(edge);
      return { holder: graph.source(edge), since: a.since, until: a.until, dates: (a.evidence ?? []).map((e) => e.date).filter((d): d is string => Boolean(d)) };
    });
  return { key: place.key, label: place.label, controls };
}

function bounds(places: MapPlace[]): maplibregl.LngLatBounds | undefined {
  if (!places.length) return undefined;
  const b = new maplibregl.LngLatBounds([places[0].lon, places[0].lat], [places[0].lon, places[0].lat]);
  for (const p of places) b.extend([p.lon, p.lat]);
  return b;
}

/** @example const view = await createMapView({ container, abroad, legend }, graph, ui, (key) => openHistory(key)) */
export async function createMapView(parts: MapParts, graph: ViewGraph, ui: UiStore, onPlace: (key: string) => void): Promise<MapView> {
  maplibregl.setWorkerUrl(workerUrl);
  const countries = await loadCountries();
  const split = splitTheatre(placesOf(graph), countryFinder(countries));
  const box = bounds(split.inside);
  const map = new maplibregl.Map({
    container: parts.container,
    style: basemapStyle(countries, split.theatre),
    ...(box ? { bounds: box, fitBoundsOptions: { padding: { top: 60, bottom: 90, left: 60, right: 150 }, maxZoom: 7.5 } } : { center: [0, 20], zoom: 1 }),
    attributionControl: { compact: true, customAttribution: 'Borders: Natural Earth (world-atlas)' },
    renderWorldCopies: false,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
  const buttons = new Map<string, HTMLButtonElement>();
  const marker = (p: MapPlace) => {
    const dot = el('span', { class: 'map-dot' });
    const button = el('button', { class: 'map-marker', attrs: { type: 'button', 'data-key': p.key } }, dot, el('span', { class: 'map-label', text: p.label }));
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      onPlace(p.key);
    });
    buttons.set(p.key, button);
    return button;
  };
  for (const p of split.inside) new maplibregl.Marker({ element: marker(p), anchor: 'left', offset: [-7, 0] }).setLngLat([p.lon, p.lat]).addTo(map);
  // listed, not drawn: places abroad, and places no article gave coordinates for
  const uncharted = graph.filterNodes((_k, a) => a.type === 'city' && !(Number.isFinite(a.lat) && Number.isFinite(a.lon)))
    .map((key) => ({ key, label: graph.getNodeAttribute(key, 'label'), lat: NaN, lon: NaN, mentions: 0, country: 'no coordinates' }));
  const listed = [...split.abroad, ...uncharted];
  const rows = listed.map((p) => el('li', {}, marker(p), el('small', { text: p.country ?? 'no country' })));
  parts.abroad.replaceChildren(...(rows.length ? [el('h3', { text: 'Elsewhere (not drawn)' }), el('ul', {}, ...rows)] : []));

  let states: MarkerState[] = [];
  const label = (key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key);
  const update = () => {
    const { at, campOf, minSources } = ui.get();
    const camps = campOf ?? new Map<string, number>();
    states = [...split.inside, ...listed].map((p) => markerState(controlsOf(graph, p, minSources), at, camps, label));
    for (const s of states) {
      const button = buttons.get(s.key)!;
      button.setAttribute('aria-label', s.ariaLabel);
      button.title = s.ariaLabel;
      button.dataset.holder = s.holders[0] ?? '';
      button.classList.toggle('contested', s.contested);
      button.classList.toggle('unheld', s.holders.length === 0);
      const dot = button.firstElementChild as HTMLElement;
      dot.style.background = s.colour;
      dot.style.boxShadow = s.ring ? `0 0 0 2px #fff, 0 0 0 5px ${s.ring}` : '';
    }
    parts.legend.replaceChildren(mapLegend(camps, graph, at));
  };
  ui.subscribe((_state, changed) => {
    if (changed.some((k) => k === 'at' || k === 'campOf' || k === 'minSources')) update();
  });
  update();
  await new Promise<void>((resolve) => (map.loaded() ? resolve() : map.once('load', () => resolve())));
  return {
    map,
    theatre: split.theatre,
    states: () => states,
    focus(key) {
      const p = split.inside.find((x) => x.key === key);
      if (p) map.easeTo({ center: [p.lon, p.lat], duration: 400 });
      buttons.get(key)?.focus();
    },
    resize: () => map.resize(),
  };
}
