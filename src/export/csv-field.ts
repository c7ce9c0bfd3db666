// One CSV field as neo4j-admin reads it: quoted, inner quotes doubled, newlines kept
// inside the quotes (import with --multiline-fields=true).

/** @example csvField('say "hi"') // → '"say ""hi"""' */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `"${String(value).replace(/"/g, '""')}"`;
}
