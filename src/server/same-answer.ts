// Whether two answers (plain JSON data) are the same, so the response cache can keep the
// bytes of an answer the graph's last change did not alter: after an article, "who backs
// X?" is run again (cheap: it references the graph's quote lists) and compared here
// instead of being stringified, encoded and hashed again (3 MB at 50,000 articles).
// Values are compared all the way down, never by reference alone: `shared` names objects
// that are edited in place (the graph's own attributes) and so can never vouch for an answer.

const plain = (o: object) => {
  const proto = Object.getPrototypeOf(o);
  return proto === Object.prototype || proto === null;
};

/**
 * @example sameAnswer({ a: [1, 'x'] }, { a: [1, 'x'] }) // → true
 * @example sameAnswer({ a: 1, b: 2 }, { b: 2, a: 1 }) // → false (other bytes)
 */
export function sameAnswer(a: unknown, b: unknown, shared: ReadonlySet<object> = new Set()): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  if (shared.has(a) || shared.has(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameAnswer(a[i], b[i], shared)) return false;
    return true;
  }
  if (Array.isArray(b) || !plain(a) || !plain(b)) return false; // a Date, a Map: not plain JSON data
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !sameAnswer((a as Record<string, unknown>)[ka[i]], (b as Record<string, unknown>)[ka[i]], shared)) return false;
  }
  return true;
}
