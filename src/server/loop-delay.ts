// How long the event loop that answers requests was held up, for /api/health: the delay
// histogram of perf_hooks over rolling 5-second windows (the current one and the last
// full one), so an operator sees whether anything heavy ran on it lately.
import { monitorEventLoopDelay } from 'node:perf_hooks';

type IntervalHistogram = ReturnType<typeof monitorEventLoopDelay>;

export interface LoopDelay {
  /** Over the last full window and the current one: p99 and max delay in ms. */
  summary(): { windowSeconds: number; p99Ms: number; maxMs: number };
  stop(): void;
}

const WINDOW_MS = 5000;
const RESOLUTION_MS = 10;
// the histogram records each sampling interval; what it was held up beyond that is the delay
const ms = (ns: number) => Math.max(0, Math.round(ns / 1e4) / 100 - RESOLUTION_MS);

/** @example const loop = watchLoopDelay(); loop.summary().maxMs // → 3.2 */
export function watchLoopDelay(): LoopDelay {
  let current: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  let last: IntervalHistogram | undefined;
  current.enable();
  const timer = setInterval(() => {
    last?.disable();
    last = current;
    current = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    current.enable();
  }, WINDOW_MS);
  timer.unref();
  return {
    summary() {
      const both = [current, last].filter((h): h is IntervalHistogram => Boolean(h) && h!.count > 0);
      return { windowSeconds: WINDOW_MS / 1000 * (last ? 2 : 1), p99Ms: Math.max(0, ...both.map((h) => ms(h.percentile(99)))), maxMs: Math.max(0, ...both.map((h) => ms(h.max))) };
    },
    stop() {
      clearInterval(timer);
      current.disable();
      last?.disable();
    },
  };
}
