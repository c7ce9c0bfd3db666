// Sigma's nodeReducer/edgeReducer: what each node and edge looks like, derived from the
// graph's attributes and the UI state (filters, date, hover, selection, highlights).
// Nothing here writes to the graph.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIMMED_COLOUR, campColour, nodeColour, relationColour } from './colours.ts';
import type { ViewGraph } from './load-graph.ts';
import { edgeSize, nodeSize } from './node-size.ts';
import { outletCount } from './outlet-count.ts';
import type { UiState, UiStore } from './ui-state.ts';

const MAX_LABEL = 36;

/** "Ceasefire call by Government of National Accord, Fayez al-Sarraj and …" → 36 characters. */
function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
}

interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The nodes/edges that stay lit: hover beats a path/answer highlight, which beats the selection. */
function focusOf(graph: ViewGraph, state: UiState): Focus | null {
  const around = (node: string): Focus => ({ nodes: new Set([node, ...graph.neighbors(node)]), edges: new Set(graph.edges(node)) });
  if (state.hoveredNode && graph.hasNode(state.hoveredNode)) return around(state.hoveredNode);
  if (state.highlight) return state.highlight;
  if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) {
    return { nodes: new Set(graph.extremities(state.selectedEdge)), edges: new Set([state.selectedEdge]) };
  }
  if (state.selectedNode && graph.hasNode(state.selectedNode)) return around(state.selectedNode);
  return null;
}

/**
 * @example const { nodeReducer, edgeReducer } = createReducers(graph, ui, edgeCurvatures(graph), { plainUnlitEdges: graph.size > 5000 });
 */
export function createReducers(graph: ViewGraph, ui: UiStore, curvatures: Map<string, number>, options: { plainUnlitEdges?: boolean } = {}) {
  let cachedFor: UiState | null = null;
  let focus: Focus | null = null;
  const currentFocus = (state: UiState) => {
    if (cachedFor !== state) [cachedFor, focus] = [state, focusOf(graph, state)];
    return focus;
  };
  const nodeHidden = (node: string, state: UiState) =>
    state.hiddenTypes.has(graph.getNodeAttribute(node, 'type')) || (state.visibleAt !== null && !state.visibleAt.nodes.has(node));

  function nodeReducer(node: string, attrs: Record<string, any>): Partial<NodeDisplayData> {
    const state = ui.get();
    const lit = currentFocus(state);
    const colour = state.camps ? campColour(state.campOf?.get(node) ?? attrs.camp) : nodeColour(attrs.type);
    const display: Partial<NodeDisplayData> = { x: attrs.x, y: attrs.y, label: shortLabel(attrs.label), size: nodeSize(attrs), color: colour };
    if (nodeHidden(node, state)) return { ...display, hidden: true };
    if (lit && !lit.nodes.has(node)) return { ...display, color: DIMMED_COLOUR, label: '', zIndex: 0 };
    // Force labels only where they matter; sigma's label grid places the others without overlap.
    const central = node === state.selectedNode || node === state.hoveredNode;
    if (lit || central) return { ...display, highlighted: central, forceLabel: central || (!state.hoveredNode && !!state.highlight), zIndex: 1 };
    return display;
  }

  type EdgeDisplay = Partial<EdgeDisplayData> & { curvature?: number };
  // Large graphs: arrows and curves only where the eye is (hover, selection, path).
  const plain: EdgeDisplay = options.plainUnlitEdges ? { type: 'line', curvature: undefined, size: 1 } : {};

  function edgeReducer(edge: string, attrs: Record<string, any>): EdgeDisplay {
    const state = ui.get();
    const lit = currentFocus(state);
    const curvature = curvatures.get(edge);
    const display: EdgeDisplay = {
      color: relationColour(attrs.relation),
      size: edgeSize(attrs),
      type: curvature === undefined ? 'arrow' : 'curvedArrow',
      curvature,
      label: attrs.relation,
    };
    const [source, target] = graph.extremities(edge);
    const hidden =
      state.hiddenRelations.has(attrs.relation) ||
      (state.minSources > 1 && outletCount(attrs.evidence) < state.minSources) ||
      (state.visibleAt !== null && !state.visibleAt.edges.has(edge)) ||
      nodeHidden(source, state) ||
      nodeHidden(target, state);
    if (hidden) return { ...display, hidden: true };
    if (lit && !lit.edges.has(edge)) return { ...display, ...plain, color: DIMMED_COLOUR, size: 0.5, zIndex: 0 };
    if (lit) return { ...display, size: (display.size ?? 1) + 1.5, zIndex: 1 };
    return { ...display, ...plain };
  }

  return { nodeReducer, edgeReducer };
}
