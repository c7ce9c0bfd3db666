// score.py's `as_list()`: an `aliases` attribute as a list of strings, whether it is a
// JSON array, a JSON array in a string (GEXF), or a string split on "|" or ";".
import { pyStr } from './py-str.ts';

// Python's `\s` (str.isspace), which differs from JavaScript's at U+001C–U+001F and U+FEFF.
const SPACE = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SEPARATOR = new RegExp(`[${SPACE}]*[|;][${SPACE}]*`);

/** @example asList('Haftar | LNA;Hafter') → ['Haftar', 'LNA', 'Hafter'] */
export function asList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map(pyStr);
  const text = pyStr(value);
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(pyStr);
    } catch {
      // not JSON: fall through to the separators, as score.py does
    }
  }
  return text.split(SEPARATOR).filter((part) => part !== '');
}
