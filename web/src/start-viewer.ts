// Wires the viewer around a loaded graph: renderer, layout, panel, search, filters, date
// slider, path finder, question box, camps, downloads, keys and the URL. Each piece
// only talks to the others through the UI state.
import type { ApiClient } from './api-client.ts';
import { attachMap } from './attach-map.ts';
import { attachAutocomplete } from './autocomplete.ts';
import { campsLegend } from './camps-legend.ts';
import { loadCamps } from './camps.ts';
import { createRenderer } from './create-renderer.ts';
import { attachDateSlider } from './date-slider.ts';
import { byId } from './dom.ts';
import { edgeDetails } from './edge-details.ts';
import { renderFilters } from './filters.ts';
import { startFrameMeter, type FrameStats } from './frame-meter.ts';
import { attachKeyboard } from './keyboard.ts';
import { runLayout } from './layout.ts';
import type { ViewGraph } from './load-graph.ts';
import { nodeDetails } from './node-details.ts';
import { attachPathFinder } from './path-finder.ts';
import { attachQuestionBox } from './question-box.ts';
import { downloadPng } from './render-png.ts';
import { createSidePanel } from './side-panel.ts';
import type { createStatusLine } from './status-line.ts';
import { createUiState } from './ui-state.ts';
import { readUrlState, writeUrlState } from './url-state.ts';

const SHARED = new Set(['selectedNode', 'hiddenTypes', 'hiddenRelations', 'at', 'camps', 'view', 'minSources']);

export interface ViewerMetrics {
  firstFrameMs: number | null;
  settledMs: number | null;
  settleReason: string | null;
  layoutFrames: FrameStats | null;
}

/** @example startViewer(toViewGraph(await api.graph()), api, status) */
export function startViewer(graph: ViewGraph, api: ApiClient, status: ReturnType<typeof createStatusLine>) {
  const ui = createUiState({ ...readUrlState(location.search), camps: false });
  const metrics: ViewerMetrics = { firstFrameMs: null, settledMs: null, settleReason: null, layoutFrames: null };
  // panel.hide too: a view shown directly (an answer, a place's history) has no selection to clear
  const clear = () => (ui.set({ selectedNode: null, selectedEdge: null, highlight: null, hoveredNode: null }), panel.hide());
  const panel = createSidePanel(byId('panel'), clear);
  const renderer = createRenderer(byId('graph'), graph, ui, {
    onNode: (key) => selectNode(key, false),
    onEdge: (key) => ui.set({ selectedEdge: key, selectedNode: null }),
    onStage: clear,
  });
  performance.mark('kg:renderer-created');
  function selectNode(key: string, moveCamera = true): void {
    if (!graph.hasNode(key)) return status.show('error', `“${key}” is not in the graph.`);
    ui.set({ selectedNode: key, selectedEdge: null });
    const position = renderer.getNodeDisplayData(key);
    if (moveCamera && position) void renderer.getCamera().animate({ x: position.x, y: position.y, ratio: 0.6 }, { duration: 400 });
  }
  ui.subscribe((state, changed) => {
    if (changed.includes('selectedNode') || changed.includes('selectedEdge')) {
      if (state.selectedNode && graph.hasNode(state.selectedNode)) panel.show(nodeDetails(graph, state.selectedNode, selectNode));
      else if (state.selectedEdge) panel.show(edgeDetails(graph, state.selectedEdge, selectNode));
      else panel.hide();
    }
    if (changed.includes('highlight') && state.highlight) void renderer.getCamera().animatedReset({ duration: 400 }); // show the whole lit path/answer
    if (changed.some((key) => SHARED.has(key))) writeUrlState(state);
  });

  const search = byId<HTMLInputElement>('search');
  // a search hit replaces what was lit before (an answer, a path): the hit and its neighbours
  const focusHit = (key: string) => {
    ui.set({ highlight: null, hoveredNode: null });
    selectNode(key);
  };
  attachAutocomplete(search, byId('search-results'), { search: (q, signal) => api.search(q, signal), onChoose: (hit) => focusHit(hit.key) });
  attachKeyboard(search, clear);
  renderFilters(byId('type-filters'), byId('relation-filters'), graph, ui);
  attachDateSlider({ slider: byId('date-slider'), label: byId('date-label'), reset: byId('date-reset') }, graph, ui, api, (m) => status.show('error', m));
  attachPathFinder({
    form: byId('path-form'), from: byId('path-from'), fromList: byId('path-from-list'), to: byId('path-to'), toList: byId('path-to-list'),
    relations: byId('path-relations'), clear: byId('path-clear'), result: byId('path-result'),
  }, graph, ui, api, selectNode);
  attachQuestionBox(byId('ask-form'), byId('ask'), graph, ui, api, panel.show, selectNode);

  const campsToggle = byId<HTMLInputElement>('camps-toggle');
  const setCamps = async (on: boolean) => {
    try {
      const campOf = ui.get().campOf ?? (on ? await loadCamps(graph, api) : null);
      ui.set({ camps: on, campOf });
      byId('camps-legend').replaceChildren(...(on && campOf ? [campsLegend(campOf, graph)] : []));
    } catch (error) {
      campsToggle.checked = false;
      status.show('error', `Cannot load camps: ${(error as Error).message}`);
    }
  };
  campsToggle.addEventListener('change', () => void setCamps(campsToggle.checked));
  if (readUrlState(location.search).camps) {
    campsToggle.checked = true;
    void setCamps(true);
  }
  const map = attachMap(graph, ui, api, panel.show, selectNode, (m) => status.show('error', m));
  byId<HTMLAnchorElement>('download-gexf').href = api.exportUrl('gexf');
  byId('download-png').addEventListener('click', () => downloadPng(renderer));

  performance.mark('kg:controls-ready');
  // Sigma drew once in its constructor; that frame is on screen by the second animation frame.
  requestAnimationFrame(() => requestAnimationFrame(() => (metrics.firstFrameMs = performance.now())));
  const stopMeter = startFrameMeter();
  document.body.dataset.state = 'layout';
  runLayout(graph, {
    graphUnitsPerPixel: () => {
      const [a, b] = [renderer.viewportToGraph({ x: 0, y: 0 }), renderer.viewportToGraph({ x: 1, y: 0 })];
      return Math.hypot(b.x - a.x, b.y - a.y) || 1;
    },
    onSettled: (reason) => {
      [metrics.settledMs, metrics.settleReason, metrics.layoutFrames] = [performance.now(), reason, stopMeter()];
      document.body.dataset.state = 'ready';
    },
  });
  const initial = ui.get().selectedNode;
  if (initial) selectNode(initial, false);
  (window as unknown as { __kgViewer: unknown }).__kgViewer = { graph, renderer, ui, metrics, map };
  return { graph, renderer, ui, metrics };
}
