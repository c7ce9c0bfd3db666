// The legend shown while nodes are coloured by camp: one swatch per camp, named after
// its best-sourced members ("Khalifa Haftar, Egypt, Russia…").
import { campColour } from './colours.ts';
import { el } from './dom.ts';
import type { ViewGraph } from './load-graph.ts';

/** @example campsLegend(campOf, graph) → <ul class="camps-legend">…</ul> */
export function campsLegend(campOf: Map<string, number>, graph: ViewGraph): HTMLElement {
  const members = new Map<number, string[]>();
  for (const [key, camp] of campOf) members.set(camp, [...(members.get(camp) ?? []), key]);
  if (members.size === 0) return el('p', { class: 'empty', text: 'No camps found in this graph.' });
  const weight = (key: string) => graph.getNodeAttribute(key, 'articles')?.length ?? 0;
  return el(
    'ul',
    { class: 'camps-legend' },
    ...[...members].sort(([a], [b]) => a - b).map(([camp, keys]) => {
      const names = keys.sort((a, b) => weight(b) - weight(a)).slice(0, 3).map((k) => graph.getNodeAttribute(k, 'label'));
      const swatch = el('span', { class: 'swatch dot' });
      swatch.style.background = campColour(camp);
      return el('li', { class: 'filter' }, swatch, el('span', { text: `${names.join(', ')}${keys.length > 3 ? '…' : ''}` }), el('small', { text: String(keys.length) }));
    }),
  );
}
