// What tells two proposals of one article apart: the date its phrase gives ("a March
// truce", "the ceasefire of 21 August", "last month's deal"), its venue ("Jeddah talks",
// "talks in Geneva"), the place abroad it is for ("a truce in Gaza" in an article on
// Lebanon) and whether it is an earlier one ("a previous Saudi initiative").
// Clustering never joins proposals whose signatures disagree.
import type { Mention, Sentence } from '../pipeline-types.ts';
import { resolveSentenceDate } from '../time/resolve-sentence-date.ts';

export interface ProposalSignature {
  /** YYYY-MM or YYYY, from the words around the phrase. */
  when?: string;
  /** Entity key of the place the proposal is made in. */
  venue?: string;
  /** "previous", "earlier", "failed", "last year's": an earlier proposal than the article's own. */
  previous: boolean;
  /** Entity key of the place outside the article's theatre the truce is for ("a truce in Gaza"). */
  abroad?: string;
}

const EARLIER = /\b(?:previous|earlier|former|prior|past|failed|collapsed|old|abortive|last year['’]s)\b/i;
const VENUE_BEFORE = /^[\s-]*$/;
const VENUE_AFTER = /^\s+(?:\S+\s+){0,2}?(?:in|at)\s+(?:the\s+\S+\s+(?:city|capital)\s+of\s+)?$/i;
const SCOPE_AFTER = /^\s+(?:in|for|across|throughout)\s+(?:the\s+)?$/i;
const TRUCE = /(?:cease-?fire|truce|cessation|armistice)s?$/i;

/**
 * @param cities the city mentions of the sentence.
 * @param abroad places of the sentence (towns, countries) outside the article's theatre.
 * @example signatureOf(m, sentence, cities, '2021-06-01').previous
 */
export function signatureOf(m: Mention, sentence: Sentence, cities: Mention[], articleDate?: string, abroad: Mention[] = []): ProposalSignature {
  const from = Math.max(sentence.start, m.start - 30);
  const to = Math.min(sentence.end, m.end + 45);
  const around = sentence.text.slice(from - sentence.start, to - sentence.start);
  const before = sentence.text.slice(Math.max(0, m.start - 25 - sentence.start), m.start - sentence.start);
  const date = phraseDate(before, articleDate) ?? resolveSentenceDate(around, articleDate);
  let venue: string | undefined;
  for (const c of cities) {
    if (!c.entity) continue;
    const gapBefore = sentence.text.slice(c.end - sentence.start, m.start - sentence.start);
    const gapAfter = sentence.text.slice(m.end - sentence.start, c.start - sentence.start);
    if ((c.end <= m.start && VENUE_BEFORE.test(gapBefore)) || (c.start >= m.end && gapAfter.length < 30 && VENUE_AFTER.test(gapAfter))) venue = c.entity;
  }
  // "efforts to broker a truce in Gaza": a truce for a place abroad is another war's
  const scope = TRUCE.test(m.text) ? abroad.find((p) => p.entity && p.start >= m.end && SCOPE_AFTER.test(sentence.text.slice(m.end - sentence.start, p.start - sentence.start))) : undefined;
  if (scope && venue === scope.entity) venue = undefined;
  return { ...(date ? { when: date.slice(0, 7) } : {}), ...(venue ? { venue } : {}), ...(scope ? { abroad: scope.entity } : {}), previous: EARLIER.test(before + m.text) };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// a month (and year) just before the phrase; built once, not on every call
const MONTH_BEFORE = new RegExp(`\\b(${MONTHS.join('|')})(?:\\s+((?:19|20)\\d{2}))?(?:['’]s)?\\s+(?:[\\w-]+\\s+)?$`, 'i');

/** "a March truce", "last month's ceasefire", "the 2020 agreement": the date in the phrase itself. */
function phraseDate(before: string, articleDate?: string): string | undefined {
  const ref = articleDate && /^\d{4}-\d{2}/.test(articleDate) ? { y: +articleDate.slice(0, 4), m: +articleDate.slice(5, 7) } : undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = MONTH_BEFORE.exec(before);
  if (month) {
    const n = MONTHS.indexOf(month[1].toLowerCase()) + 1;
    const y = month[2] ? +month[2] : ref ? (n > ref.m ? ref.y - 1 : ref.y) : undefined;
    return y ? `${y}-${pad(n)}` : undefined;
  }
  const last = /\blast\s+(month|year)['’]s\s+(?:[\w-]+\s+)?$/i.exec(before);
  if (last && ref) return last[1].toLowerCase() === 'year' ? String(ref.y - 1) : ref.m === 1 ? `${ref.y - 1}-12` : `${ref.y}-${pad(ref.m - 1)}`;
  const year = /\b((?:19|20)\d{2})(?:['’]s)?\s+(?:[\w-]+\s+)?$/.exec(before);
  return year ? year[1] : undefined;
}

/** Two signatures that may be the same proposal. */
export function compatible(a: ProposalSignature, b: ProposalSignature): boolean {
  if (a.previous !== b.previous || a.abroad !== b.abroad) return false;
  if (a.when && b.when && !(a.when.startsWith(b.when) || b.when.startsWith(a.when))) return false;
  if (a.venue && b.venue && a.venue !== b.venue) return false;
  return true;
}
