// Every match of a global regex in a text, read with exec and lastIndex. String#matchAll
// clones the regex on each call, which on the short strings of a sentence costs more than
// the match itself (half the time of the relation rules went to it).

/**
 * @param regex a regex with the `g` (or `y`) flag; its lastIndex is reset before and after.
 * @example allMatches(/\d+/g, 'a1b22').map((m) => m[0]) // → ['1', '22']
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global && !regex.sticky) throw new TypeError(`allMatches needs a global regex: ${regex}`);
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    out.push(m);
    if (m[0] === '') regex.lastIndex++;
  }
  regex.lastIndex = 0;
  return out;
}
