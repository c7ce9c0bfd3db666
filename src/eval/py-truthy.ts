// Python truthiness of a JSON value, for score.py's `a or b` and `if value` tests:
// empty lists and empty objects are false in Python but true in JavaScript.

/** @example pyTruthy([]) === false; pyTruthy('0') === true; pyTruthy(0) === false */
export function pyTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value !== null && typeof value === 'object') return Object.keys(value).length > 0;
  return Boolean(value);
}
