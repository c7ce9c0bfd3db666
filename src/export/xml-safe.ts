// Strips the characters XML 1.0 cannot hold at all (control characters, lone
// surrogates). Escaping of <, &, " and ' is left to the XML writers.

const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** @example xmlSafe('a\u0001b') // → 'ab' */
export function xmlSafe(value: string): string {
  return value.replace(INVALID_XML, '');
}
