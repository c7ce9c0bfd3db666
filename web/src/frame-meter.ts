// Measures frame times with requestAnimationFrame while something runs (the layout), so
// the bench and the curious can see whether the page stays smooth.

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/** @example const stop = startFrameMeter(); …; const stats = stop(); */
export function startFrameMeter(): () => FrameStats {
  const deltas: number[] = [];
  let last = performance.now();
  let handle = requestAnimationFrame(function tick(now) {
    deltas.push(now - last);
    last = now;
    handle = requestAnimationFrame(tick);
  });
  return () => {
    cancelAnimationFrame(handle);
    const sorted = [...deltas].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return { frames: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1] ?? 0 };
  };
}
