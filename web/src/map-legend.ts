// The map's key: the camps' colours (named after their best-known members), a ring for a
// contested place, grey for a place nobody is known to hold, and the date shown.
import { campsLegend } from './camps-legend.ts';
import { el } from './dom.ts';
import type { ViewGraph } from './load-graph.ts';
import { UNALIGNED_HOLDER_COLOUR, UNHELD_COLOUR } from './marker-state.ts';

const swatch = (colour: string, extra = '') => {
  const s = el('span', { class: `swatch dot ${extra}` });
  s.style.background = colour;
  return s;
};

/** @example legend.replaceChildren(mapLegend(campOf, graph, '2020-07-10')) */
export function mapLegend(campOf: Map<string, number>, graph: ViewGraph, at: string | null): HTMLElement {
  return el(
    'div',
    { class: 'map-legend-body' },
    el('p', { class: 'map-date', text: at ? `Held on ${at}` : 'Held at the latest report' }),
    campOf.size ? campsLegend(campOf, graph) : el('p', { class: 'muted', text: 'Loading camps…' }),
    el('ul', { class: 'camps-legend' },
      el('li', { class: 'filter' }, swatch(UNALIGNED_HOLDER_COLOUR), el('span', { text: 'holder in no camp' })),
      el('li', { class: 'filter' }, swatch('#fff', 'ringed'), el('span', { text: 'contested: rival holders claimed' })),
      el('li', { class: 'filter' }, swatch(UNHELD_COLOUR), el('span', { text: 'holder unknown' }))),
  );
}
