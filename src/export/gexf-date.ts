// GEXF `timeformat="date"` wants full dates; the graph keeps what the text said
// ("2020-06", "2020"). Used by the spells of both GEXF writers.

/** "2020-06" → "2020-06-01" (start) or "2020-06-30" (end): GEXF dates are full dates. */
export function gexfDate(value: string, end: boolean): string | undefined {
  const [y, m, d] = value.split('-').map(Number);
  if (!y) return undefined;
  const month = m || (end ? 12 : 1);
  const day = d || (end ? new Date(Date.UTC(y, month, 0)).getUTCDate() : 1);
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
