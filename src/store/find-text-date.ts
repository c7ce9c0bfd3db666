// Finds a publication date written in article text: "Friday, 10 January 2020 11:32 AM",
// "January 10, 2020", "2020-01-10". Used when an article has no metadata header.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s+((?:19|20)\\d{2})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,\\s*((?:19|20)\\d{2})\\b`, 'i');
const ISO = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;

export const monthNumber = (name: string): number =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;

const pad = (n: number): string => String(n).padStart(2, '0');

const valid = (y: number, m: number, d: number): string | undefined =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : undefined;

/**
 * The first full date (day, month, year) written in the text, as ISO.
 * @example findTextDate('Friday, 10 January 2020 11:32 AM') // → '2020-01-10'
 */
export function findTextDate(text: string): string | undefined {
  const candidates: Array<[number, string | undefined]> = [];
  const a = DAY_MONTH_YEAR.exec(text);
  if (a) candidates.push([a.index, valid(+a[3], monthNumber(a[2]), +a[1])]);
  const b = MONTH_DAY_YEAR.exec(text);
  if (b) candidates.push([b.index, valid(+b[3], monthNumber(b[1]), +b[2])]);
  const c = ISO.exec(text);
  if (c) candidates.push([c.index, valid(+c[1], +c[2], +c[3])]);
  candidates.sort((x, y) => x[0] - y[0]);
  return candidates.find(([, iso]) => iso)?.[1];
}
