// The Graph | Map switch above the stage. The state lives in the UI state (and so in the
// URL as ?view=map); the graph keeps its size under the map (sigma needs one), only
// hidden, so switching back costs nothing.
import type { UiStore } from './ui-state.ts';

export interface ViewSwitchParts {
  graphButton: HTMLButtonElement;
  mapButton: HTMLButtonElement;
  graph: HTMLElement;
  map: HTMLElement;
}

/** @example attachViewSwitch(parts, ui, () => void openMap()) */
export function attachViewSwitch(parts: ViewSwitchParts, ui: UiStore, onMap: () => void): void {
  const apply = (view: 'graph' | 'map') => {
    parts.graphButton.setAttribute('aria-pressed', String(view === 'graph'));
    parts.mapButton.setAttribute('aria-pressed', String(view === 'map'));
    parts.graph.classList.toggle('behind', view === 'map');
    parts.map.hidden = view !== 'map';
    document.body.dataset.view = view;
    if (view === 'map') onMap();
  };
  parts.graphButton.addEventListener('click', () => ui.set({ view: 'graph' }));
  parts.mapButton.addEventListener('click', () => ui.set({ view: 'map' }));
  ui.subscribe((state, changed) => changed.includes('view') && apply(state.view));
  apply(ui.get().view);
}
