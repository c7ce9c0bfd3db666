// Python's `str()` of a JSON value, for the places where score.py stringifies attributes
// (labels, aliases, keys): None → "None", True → "True", lists and dicts as their repr.
// Numbers cannot tell 1.0 from 1 after JSON.parse; both print as "1".

/** @example pyStr(null) === 'None'; pyStr(['a', 1]) === "['a', 1]" */
export function pyStr(value: unknown): string {
  if (typeof value === 'string') return value;
  return pyRepr(value);
}

function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${quote(k)}: ${pyRepr(v)}`).join(', ')}}`;
  }
  return String(value);
}

// Python prefers single quotes, and switches to double quotes when only ' occurs.
function quote(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  if (text.includes("'") && !text.includes('"')) return `"${escaped}"`;
  return `'${escaped.replace(/'/g, "\\'")}'`;
}
