// Wires what issue 11 adds around the graph: the Graph | Map switch (the map module is
// loaded the first time the map is shown), a place's control history in the side panel,
// the disputes list, and the "stated by at least N outlets" filter.
import type { ApiClient } from './api-client.ts';
import { loadCamps } from './camps.ts';
import { controlHistory } from './control-history.ts';
import { attachDisputes } from './disputes-panel.ts';
import { byId } from './dom.ts';
import type { ViewGraph } from './load-graph.ts';
import type { MapView } from './map-view.ts';
import { attachOutletFilter } from './outlet-filter.ts';
import type { UiStore } from './ui-state.ts';
import { attachViewSwitch } from './view-switch.ts';

export interface MapHandle {
  /** Resolves once the map has been shown and drawn (null until the map is first shown). */
  ready: () => Promise<MapView> | null;
}

/** @example const map = attachMap(graph, ui, api, panel.show, selectNode, status.error) */
export function attachMap(graph: ViewGraph, ui: UiStore, api: ApiClient, show: (view: HTMLElement) => void, onNode: (key: string) => void, onError: (message: string) => void): MapHandle {
  let view: Promise<MapView> | null = null;
  const history = async (place: string) => {
    try {
      show(controlHistory(await api.control(place), onNode));
    } catch (error) {
      onError(`Cannot load the control history: ${(error as Error).message}`);
    }
  };
  const open = () => {
    if (view) {
      void view.then((v) => v.resize());
      return;
    }
    document.body.dataset.map = 'loading';
    view = (async () => {
      if (!ui.get().campOf) ui.set({ campOf: await loadCamps(graph, api).catch(() => new Map<string, number>()) });
      const { createMapView } = await import('./map-view.ts');
      return createMapView({ container: byId('map-canvas'), abroad: byId('map-abroad'), legend: byId('map-legend') }, graph, ui, (key) => void history(key));
    })();
    view.then(() => (document.body.dataset.map = 'ready'), (error: Error) => {
      document.body.dataset.map = 'error';
      onError(`Cannot show the map: ${error.message}`);
    });
  };
  attachViewSwitch({ graphButton: byId('view-graph'), mapButton: byId('view-map'), graph: byId('graph'), map: byId('map') }, ui, open);
  const showOnMap = (place: string) => {
    ui.set({ view: 'map' });
    void view?.then((v) => v.focus(place));
    void history(place);
  };
  void attachDisputes(byId('disputes'), api, show, showOnMap);
  attachOutletFilter(byId('min-sources'), byId('min-sources-note'), graph, ui);
  return { ready: () => view };
}
