// "As of" slider: moving it asks the server for the graph valid at that date
// (GET /api/graph?at=) and hides, through the reducers, what did not hold then.
// The right end means "all dates".
import type { ApiClient } from './api-client.ts';
import { dateRange, fromDay, toDay } from './date-range.ts';
import type { ViewGraph } from './load-graph.ts';
import type { UiStore } from './ui-state.ts';

function graphDates(graph: ViewGraph): string[] {
  const dates: string[] = [];
  graph.forEachNode((_key, attrs) => attrs.date && dates.push(attrs.date));
  graph.forEachEdge((_key, attrs) => {
    for (const d of [attrs.since, attrs.until, ...(attrs.evidence ?? []).map((e) => e.date)]) if (d) dates.push(d);
  });
  return dates;
}

export interface DateSliderElements {
  slider: HTMLInputElement;
  label: HTMLOutputElement;
  reset: HTMLButtonElement;
}

/** @example attachDateSlider({ slider, label, reset }, graph, ui, api, status.error) */
export function attachDateSlider(parts: DateSliderElements, graph: ViewGraph, ui: UiStore, api: ApiClient, onError: (message: string) => void): void {
  const range = dateRange(graphDates(graph));
  const { slider, label, reset } = parts;
  if (!range) {
    slider.disabled = true;
    label.value = 'No dated facts';
    return;
  }
  const [min, max] = [toDay(range.min), toDay(range.max) + 1]; // max + 1 = "all dates"
  Object.assign(slider, { min: String(min), max: String(max), step: '1' });
  let controller: AbortController | null = null;
  let timer: number | undefined;

  const apply = async (at: string | null) => {
    controller?.abort();
    if (!at) return ui.set({ at: null, visibleAt: null });
    controller = new AbortController();
    try {
      const data = await api.graph(at, controller.signal);
      const edges = new Set(data.edges.map((e) => e.key).filter((k): k is string => k !== undefined));
      ui.set({ at, visibleAt: { nodes: new Set(data.nodes.map((n) => n.key)), edges } });
    } catch (error) {
      if ((error as Error).name !== 'AbortError') onError(`Could not load the graph as of ${at}: ${(error as Error).message}`);
    }
  };
  const show = (day: number) => {
    label.value = day >= max ? 'All dates' : fromDay(day);
    reset.disabled = day >= max;
  };
  slider.addEventListener('input', () => {
    const day = Number(slider.value);
    show(day);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => apply(day >= max ? null : fromDay(day)), 150);
  });
  reset.addEventListener('click', () => {
    slider.value = String(max);
    show(max);
    void apply(null);
  });
  const initial = ui.get().at;
  const day = initial ? Math.min(Math.max(toDay(initial), min), max) : max;
  slider.value = String(day);
  show(day);
  if (initial) void apply(initial);
}
