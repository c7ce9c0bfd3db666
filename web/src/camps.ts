// Camp membership for the "colour by camp" toggle: the nodes' own `camp` attribute
// when the graph carries it, else GET /api/camps (a list of blocs, each naming members).
import type { ApiClient } from './api-client.ts';
import { collectGraphKeys } from './collect-keys.ts';
import type { ViewGraph } from './load-graph.ts';

/** @example ui.set({ campOf: await loadCamps(graph, api), camps: true }) */
export async function loadCamps(graph: ViewGraph, api: ApiClient): Promise<Map<string, number>> {
  const campOf = new Map<string, number>();
  graph.forEachNode((key, attrs) => typeof attrs.camp === 'number' && campOf.set(key, attrs.camp));
  if (campOf.size > 0) return campOf;
  const body = (await api.camps()) as { camps?: unknown; blocs?: unknown } | unknown[];
  const blocs = Array.isArray(body) ? body : (body.camps ?? body.blocs ?? body);
  if (Array.isArray(blocs)) {
    blocs.forEach((bloc, i) => {
      for (const key of collectGraphKeys(bloc, graph).nodes) if (!campOf.has(key)) campOf.set(key, i);
    });
  } else if (blocs && typeof blocs === 'object') {
    for (const [key, camp] of Object.entries(blocs)) if (graph.hasNode(key) && typeof camp === 'number') campOf.set(key, camp);
  }
  return campOf;
}
