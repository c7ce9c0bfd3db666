// Python orders strings by code point; JavaScript's default sort uses UTF-16 units, which
// differs once characters beyond U+FFFF meet U+E000–U+FFFF. Used for `sorted(...)`.

/** Comparator for strings or string tuples, as Python's `sorted`. @example ['b', 'a'].sort(compareCodePoints) */
export function compareCodePoints(a: string | readonly string[], b: string | readonly string[]): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareCodePoints(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  const x = Array.from(a as string);
  const y = Array.from(b as string);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
