// A literal string as a regular-expression source: every metacharacter escaped.
/** @example new RegExp(escapeRegExp('U.S.')).test('U.S.') // → true */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
