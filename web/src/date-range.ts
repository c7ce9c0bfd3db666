// The dates a graph speaks about (evidence, since/until, proposal dates) and the day
// arithmetic the date slider needs.

const DAY_MS = 86_400_000;

/** @example toDay('1970-01-02') → 1 */
export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** @example fromDay(1) → '1970-01-02' */
export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * From 1 January of the earliest year mentioned to the latest full date, or null when
 * the graph has no dates at all.
 * @example dateRange(['2020-06-05', '2020-08-23']) → { min: '2020-01-01', max: '2020-08-23' }
 */
export function dateRange(dates: Iterable<string | undefined>): { min: string; max: string } | null {
  let [min, max] = ['', ''];
  for (const date of dates) {
    if (!date || !/^\d{4}/.test(date)) continue;
    if (!min || date < min) min = date;
    if (!max || date > max) max = date;
  }
  if (!min) return null;
  const full = (iso: string, end: boolean) => (iso.length >= 10 ? iso.slice(0, 10) : end ? `${iso.slice(0, 4)}-12-31` : `${iso.slice(0, 4)}-01-01`);
  return { min: `${min.slice(0, 4)}-01-01`, max: full(max, true) };
}
