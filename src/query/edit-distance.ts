// Levenshtein distance with an early exit, for "did you mean" suggestions.

/**
 * Edit distance between `a` and `b`, or `max + 1` as soon as it must exceed `max`.
 * @example editDistance('hafter', 'haftar', 2) // → 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // two rows reused across calls (search calls this for many names per query)
  if (rowA.length <= b.length) [rowA, rowB] = [new Uint16Array(b.length * 2 + 2), new Uint16Array(b.length * 2 + 2)];
  let prev = rowA;
  let row = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);
