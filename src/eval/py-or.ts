// Python's `a or b or c`: the first truthy operand, else the last one. score.py reads
// node labels and types this way (`attrs.get("label") or attrs.get("name") or ""`).
import { pyTruthy } from './py-truthy.ts';

/** @example pyOr(undefined, [], 'x') === 'x'; pyOr(null, '') === '' */
export function pyOr(...values: unknown[]): unknown {
  for (const value of values) if (pyTruthy(value)) return value;
  return values[values.length - 1];
}
