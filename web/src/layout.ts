// Lays the graph out off the main thread: ForceAtlas2 in a web worker until the nodes
// stop moving (or a time cap), then noverlap (also in a worker) to pull overlapping
// nodes apart. The page stays responsive; sigma redraws as positions arrive.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ViewGraph } from './load-graph.ts';
import { nodeSize } from './node-size.ts';
import { FA2Supervisor, NoverlapSupervisor } from './same-origin-worker.ts';

export interface LayoutOptions {
  /** Graph units per screen pixel, so that noverlap spaces nodes by their drawn size. */
  graphUnitsPerPixel: () => number;
  onSettled: (reason: 'converged' | 'time-cap') => void;
  /** Mean movement per sample below this share of the graph's extent counts as still. */
  stillness?: number;
  sampleMs?: number;
}

function snapshot(graph: ViewGraph): Float64Array {
  const positions = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_node, attrs) => {
    positions[i++] = attrs.x;
    positions[i++] = attrs.y;
  });
  return positions;
}

/** Mean displacement between two snapshots relative to the bounding box. */
function relativeMovement(before: Float64Array, after: Float64Array): number {
  let moved = 0;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < after.length; i += 2) {
    moved += Math.hypot(after[i] - before[i], after[i + 1] - before[i + 1]);
    [minX, maxX, minY, maxY] = [Math.min(minX, after[i]), Math.max(maxX, after[i]), Math.min(minY, after[i + 1]), Math.max(maxY, after[i + 1])];
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return moved / (after.length / 2) / extent;
}

/**
 * @example const layout = runLayout(graph, { graphUnitsPerPixel: () => 1, onSettled: () => console.log('done') });
 */
export function runLayout(graph: ViewGraph, options: LayoutOptions): { stop: () => void } {
  const { stillness = 0.003, sampleMs = 500 } = options;
  const timeCapMs = Math.min(8000 + graph.order * 4, 30000);
  // Small graphs: stronger gravity keeps isolated nodes from drifting off and squeezing
  // the connected core into a corner of the view.
  const settings = { ...forceAtlas2.inferSettings(graph), ...(graph.order < 1000 && { gravity: 1, scalingRatio: 20 }) };
  const fa2 = new FA2Supervisor(graph, { settings, getEdgeWeight: null });
  const started = performance.now();
  let previous = snapshot(graph);
  let stillSamples = 0;
  let noverlap: NoverlapSupervisor | null = null;
  let done = false;

  const finish = (reason: 'converged' | 'time-cap') => {
    const ratio = options.graphUnitsPerPixel();
    noverlap = new NoverlapSupervisor(graph, {
      inputReducer: (_key, attrs) => ({ x: attrs.x, y: attrs.y, size: nodeSize(attrs as never) }),
      settings: { ratio, margin: 3 * ratio, gridSize: 20 },
      onConverged: () => end(reason),
    });
    noverlap.start();
    window.setTimeout(() => end(reason), 3000); // noverlap may crawl on huge graphs
  };
  const end = (reason: 'converged' | 'time-cap') => {
    if (done) return;
    done = true;
    noverlap?.kill();
    options.onSettled(reason);
  };
  const timer = window.setInterval(() => {
    const current = snapshot(graph);
    stillSamples = relativeMovement(previous, current) < stillness ? stillSamples + 1 : 0;
    previous = current;
    const elapsed = performance.now() - started;
    if (stillSamples >= 2 || elapsed > timeCapMs) {
      window.clearInterval(timer);
      fa2.kill();
      finish(stillSamples >= 2 ? 'converged' : 'time-cap');
    }
  }, sampleMs);
  fa2.start();
  return {
    stop() {
      window.clearInterval(timer);
      fa2.kill();
      noverlap?.kill();
      done = true;
    },
  };
}
