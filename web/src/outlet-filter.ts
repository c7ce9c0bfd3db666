// "Stated by at least N outlets": hides (through the reducers, and on the map) every fact
// fewer outlets state. The largest useful N is the most outlets behind any one fact.
import type { ViewGraph } from './load-graph.ts';
import { outletCount } from './outlet-count.ts';
import type { UiStore } from './ui-state.ts';

/** @example attachOutletFilter(byId('min-sources'), byId('min-sources-note'), graph, ui) */
export function attachOutletFilter(input: HTMLInputElement, note: HTMLElement, graph: ViewGraph, ui: UiStore): void {
  const most = Math.max(1, ...graph.mapEdges((_e, a) => outletCount(a.evidence)));
  Object.assign(input, { min: '1', max: String(most), step: '1', value: String(Math.min(ui.get().minSources, most)) });
  const show = (n: number) => {
    const kept = graph.filterEdges((_e, a) => outletCount(a.evidence) >= n).length;
    note.textContent = `${kept} of ${graph.size} facts`;
  };
  input.addEventListener('input', () => {
    const n = Math.max(1, Math.min(most, Number.parseInt(input.value, 10) || 1));
    ui.set({ minSources: n });
    show(n);
  });
  show(ui.get().minSources);
}
