// How long recent POSTs took, by step, for /api/health: extraction (in the worker pool),
// the merge (in the graph builder's thread) and the builder's round trip. The last 500 of
// each, reported as median and p99, so an operator sees what one article costs now.

type Step = 'extractMs' | 'mergeMs' | 'roundTripMs';

export interface Timings {
  record(sample: Partial<Record<Step, number>>): void;
  summary(): { posts: number } & Partial<Record<Step, { median: number; p99: number }>>;
}

const KEEP = 500;

/** @example const t = createTimings(); t.record({ mergeMs: 3.2 }); t.summary().mergeMs?.median // → 3.2 */
export function createTimings(): Timings {
  const samples: Record<Step, number[]> = { extractMs: [], mergeMs: [], roundTripMs: [] };
  let posts = 0;
  return {
    record(sample) {
      if (sample.extractMs !== undefined) posts++;
      for (const [step, ms] of Object.entries(sample) as [Step, number][]) {
        samples[step].push(ms);
        if (samples[step].length > KEEP) samples[step].shift();
      }
    },
    summary() {
      const out: ReturnType<Timings['summary']> = { posts };
      for (const [step, list] of Object.entries(samples) as [Step, number[]][]) {
        if (!list.length) continue;
        const sorted = [...list].sort((a, b) => a - b);
        const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] * 10) / 10;
        out[step] = { median: at(0.5), p99: at(0.99) };
      }
      return out;
    },
  };
}
