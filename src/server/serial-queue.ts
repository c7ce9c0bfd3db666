// Runs async jobs one at a time, in arrival order: two articles posted together must
// not interleave their merges into the graph or their snapshot writes.

/** @example const run = serialQueue(); await run(() => mergeAndSave()); */
export function serialQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (job) => {
    const result = tail.then(job, job);
    tail = result.catch(() => {});
    return result;
  };
}
