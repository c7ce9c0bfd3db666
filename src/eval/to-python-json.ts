// The result as score.py's `json.dumps(result, indent=1)` prints it, byte for byte:
// floats keep ".0" (1.0, 0.0), and non-ASCII characters are \u-escaped (ensure_ascii).
import type { ScoreResult } from './types.ts';

// the float fields of the result: overall.{f1,precision,recall} and relations.*.{precision,recall,f1}
const isFloatPath = (path: string[]) =>
  ['f1', 'precision', 'recall'].includes(path[path.length - 1])
  && ((path.length === 2 && path[0] === 'overall') || (path.length === 3 && path[0] === 'relations'));

/** @example process.stdout.write(toPythonJson(result)) */
export function toPythonJson(result: ScoreResult): string {
  return `${dump(result, [], 0)}\n`;
}

function dump(value: unknown, path: string[], depth: number): string {
  const pad = (n: number) => `\n${' '.repeat(n)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${value.map((v, i) => pad(depth + 1) + dump(v, [...path, String(i)], depth + 1)).join(',')}${pad(depth)}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{${entries.map(([k, v]) => `${pad(depth + 1)}${ascii(k)}: ${dump(v, [...path, k], depth + 1)}`).join(',')}${pad(depth)}}`;
  }
  if (typeof value === 'number' && isFloatPath(path) && Number.isInteger(value)) return `${value}.0`;
  if (typeof value === 'string') return ascii(value);
  return JSON.stringify(value ?? null);
}

const ascii = (text: string) =>
  JSON.stringify(text).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
