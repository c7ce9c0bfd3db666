// Creates the sigma renderer: programs for straight and curved arrows, the reducers
// that derive every visual from the UI state, and the mouse events that change it.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram } from 'sigma/rendering';
import { NODE_TYPE_STYLES } from './colours.ts';
import type { ViewGraph } from './load-graph.ts';
import { edgeCurvatures } from './parallel-edges.ts';
import { createReducers } from './reducers.ts';
import type { UiStore } from './ui-state.ts';

export interface RendererEvents {
  onNode: (key: string) => void;
  onEdge: (key: string) => void;
  onStage: () => void;
}

/**
 * Above this many edges, drawing cost (arrows, curves, edge picking) dominates, worst of
 * all with software WebGL: unlit edges become plain lines, edge clicks are off (a node's
 * panel still lists every fact) and edges hide while the camera moves.
 */
export const LARGE_GRAPH_EDGES = 5000;

const NODE_PROGRAMS = { circle: NodeCircleProgram } satisfies Record<(typeof NODE_TYPE_STYLES)[keyof typeof NODE_TYPE_STYLES]['program'], unknown>;

/** @example const renderer = createRenderer(byId('graph'), graph, ui, { onNode: select, onEdge: showEdge, onStage: clear }); */
export function createRenderer(container: HTMLElement, graph: ViewGraph, ui: UiStore, events: RendererEvents): Sigma {
  const large = graph.size > LARGE_GRAPH_EDGES;
  const { nodeReducer, edgeReducer } = createReducers(graph, ui, edgeCurvatures(graph), { plainUnlitEdges: large });
  const renderer = new Sigma(graph, container, {
    nodeReducer,
    edgeReducer,
    nodeProgramClasses: NODE_PROGRAMS,
    defaultNodeType: 'circle',
    edgeProgramClasses: { arrow: EdgeArrowProgram, curvedArrow: EdgeCurvedArrowProgram, line: EdgeLineProgram },
    defaultEdgeType: 'arrow',
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    zIndex: true,
    labelFont: 'system-ui, sans-serif',
    labelRenderedSizeThreshold: graph.order < 300 ? 0 : 7, // small graphs: name every node
    allowInvalidContainer: true,
  });
  renderer.on('enterNode', ({ node }) => {
    container.style.cursor = 'pointer';
    ui.set({ hoveredNode: node });
  });
  renderer.on('leaveNode', () => {
    container.style.cursor = '';
    ui.set({ hoveredNode: null });
  });
  renderer.on('enterEdge', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveEdge', () => (container.style.cursor = ''));
  renderer.on('clickNode', ({ node }) => events.onNode(node));
  renderer.on('clickEdge', ({ edge }) => events.onEdge(edge));
  renderer.on('clickStage', () => events.onStage());
  ui.subscribe((_state, changed) => {
    // Hover only recolours; anything else may hide nodes, so re-index for hover/labels.
    if (changed.every((key) => key === 'hoveredNode')) renderer.refresh({ skipIndexation: true });
    else renderer.refresh();
  });
  return renderer;
}
