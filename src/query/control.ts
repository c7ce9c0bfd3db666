// Who controlled a place over time: every `controls` edge into it as a period
// (since/until when the text gave them), ordered by start.
import type { KnowledgeGraph } from '../types.ts';
import { edgeView } from './edge-view.ts';
import { edgeValidity } from './edge-validity.ts';
import { nodeRef } from './node-ref.ts';
import { resolveNode } from './resolve-node.ts';
import type { EdgeView, NodeRef } from './types.ts';

export interface ControlPeriod {
  controller: NodeRef;
  /** Dates as stated, or the article date when the text gave none (see edge-validity.ts). */
  since?: string;
  until?: string;
  /** True when no `until` is known: the last word of the corpus. */
  current: boolean;
  edge: EdgeView;
}

export interface ControlResult {
  place: NodeRef;
  periods: ControlPeriod[];
}

/**
 * @example control(graph, 'Tarhuna').periods.map((p) => [p.controller.label, p.since, p.until])
 * // → [['Khalifa Haftar', undefined, '2020-06-05'], ['Government of National Accord', '2020-06-05', undefined]]
 */
export function control(graph: KnowledgeGraph, ref: string): ControlResult {
  const place = resolveNode(graph, ref, { where: 'query.control', types: ['city'] });
  const periods: ControlPeriod[] = [];
  graph.forEachInEdge(place, (edge, a, source) => {
    if (a.relation !== 'controls') return;
    // edgeValidity marks a change with no date anywhere as '9999'/'0000'; show no date then
    const { since, until } = edgeValidity(a);
    const period: ControlPeriod = { controller: nodeRef(graph, source), current: !a.until, edge: edgeView(graph, edge) };
    if (since && since !== '9999') period.since = since;
    if (until && until !== '0000') period.until = until;
    periods.push(period);
  });
  // Undated starts first; a period that ended sorts before one that began at that date.
  const start = (p: ControlPeriod) => p.since ?? (p.until ? '0000' : '0001');
  periods.sort((x, y) => start(x).localeCompare(start(y)) || x.controller.label.localeCompare(y.controller.label));
  return { place: nodeRef(graph, place), periods };
}
