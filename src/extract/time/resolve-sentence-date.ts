// Dates written in a sentence, resolved against the article's date: "on Friday" → the
// last Friday on or before it; "the day before"; "on January 12"; "in March 2020"; "in
// 2016"; "last week"; "Nov. 11". Deadlines ("by January 12") are not event dates and are skipped.
import { monthNumber } from '../../store/find-text-date.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// full names, and the wire services' abbreviations ("Nov. 11", "Sept. 3")
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?)';
const PATTERNS: Array<[RegExp, (m: RegExpExecArray, ref?: Date) => string | undefined]> = [
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'i'), (m) => iso(+m[3], monthNumber(m[1]), +m[2])],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'i'), (m) => iso(+m[3], monthNumber(m[2]), +m[1])],
  [new RegExp(`\\b(?:on|since|from)\\s+${MONTH}\\s+(\\d{1,2})\\b`, 'i'), (m, ref) => ref && iso(yearFor(monthNumber(m[1]), ref), monthNumber(m[1]), +m[2])],
  [new RegExp(`\\b(?:on|since|from)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'i'), (m, ref) => ref && iso(yearFor(monthNumber(m[2]), ref), monthNumber(m[2]), +m[1])],
  [/\b(?:on|last|this|since|early|late)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i, (m, ref) => ref && weekday(ref, WEEKDAYS.indexOf(m[1].toLowerCase()))],
  [/\b(?:the day before|yesterday)\b/i, (_m, ref) => ref && shift(ref, -1)],
  [/\b(?:this|today|tonight) morning\b|\btoday\b/i, (_m, ref) => ref && shift(ref, 0)],
  [new RegExp(`\\b(?:(?:in|since|of|early|late|mid|beginning of|end of)\\s+|(?:early|late|mid)-)(?:last\\s+)?${MONTH}(?:\\s+((?:19|20)\\d{2}))?\\b`, 'i'), (m, ref) => {
    const month = monthNumber(m[1]);
    const year = m[2] ? +m[2] : ref ? yearFor(month, ref) : undefined;
    return year ? `${year}-${String(month).padStart(2, '0')}` : undefined;
  }],
  [/\blast week\b/i, (_m, ref) => ref && shift(ref, -7)],
  [/\b(?:in|since)\s+(?:(?:early|late|mid)[-\s]+)?((?:19|20)\d{2})\b/i, (m) => m[1]],
];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => (m >= 1 && d >= 1 && d <= 31 ? `${y}-${pad(m)}-${pad(d)}` : undefined);
const yearFor = (month: number, ref: Date) => (month > ref.getUTCMonth() + 1 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear());
const shift = (ref: Date, days: number) => new Date(ref.getTime() + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (ref: Date, day: number) => shift(ref, -((ref.getUTCDay() - day + 7) % 7));
const DEADLINE = /\b(?:by|until|till|before|within)\s+$/i;

/**
 * The event date a sentence states, as exact as it allows, or undefined.
 * @example resolveSentenceDate('On Friday, the army liberated Tarhuna', '2020-06-06') // → '2020-06-05'
 */
export function resolveSentenceDate(sentence: string, articleDate?: string): string | undefined {
  const ref = articleDate && /^\d{4}-\d{2}-\d{2}$/.test(articleDate) ? new Date(`${articleDate}T00:00:00Z`) : undefined;
  for (const [regex, read] of PATTERNS) {
    const m = regex.exec(sentence);
    if (!m || DEADLINE.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    const out = read(m, ref);
    if (out) return out;
  }
  return undefined;
}
