// Python's `unicodedata.combining(c) != 0` without a table: canonical ordering moves a
// character with a non-zero combining class past U+0334 (class 1) or before U+0345
// (class 240, the highest), while a class-0 character blocks both moves.

/** @example isCombining('\u0301') === true; isCombining('\u0903') === false (a spacing mark of class 0) */
export function isCombining(char: string): boolean {
  if (char < '\u0300') return false;
  const after = `${char}\u0334`;
  const before = `\u0345${char}`;
  return after.normalize('NFD') !== after || before.normalize('NFD') !== before;
}
