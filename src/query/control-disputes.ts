// Contested places: two holders that are not allies, each said by a different article to
// hold a place over times that overlap ("X still holds Sirte" and, the same day, "Y holds
// Sirte"). A hand-over (one's `until` is the other's `since`) is a change, not a dispute.
import type { EdgeAttributes, KnowledgeGraph } from '../types.ts';
import type { ControlDispute } from './dispute-types.ts';
import { edgeValidity } from './edge-validity.ts';
import { nodeRef } from './node-ref.ts';
import { citeEvidence, outletsOf } from './outlets-of.ts';

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** First and last day (day numbers) of an ISO date as exact as given: "2020-06" → 1 June … 30 June. */
function days(iso: string | undefined): [number, number] | undefined {
  const m = iso ? DATE.exec(iso) : null;
  if (!m) return undefined;
  const [y, mo, d] = [+m[1], m[2] ? +m[2] - 1 : undefined, m[3] ? +m[3] : undefined];
  const first = Date.UTC(y, mo ?? 0, d ?? 1) / DAY_MS;
  const last = d !== undefined ? first : mo !== undefined ? Date.UTC(y, mo + 1, 0) / DAY_MS : Date.UTC(y, 11, 31) / DAY_MS;
  return [first, last];
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

interface Span {
  edge: string;
  holder: string;
  /** Half-open [start, end) in day numbers; ±Infinity where nothing bounds it. */
  start: number;
  end: number;
  articles: Set<string>;
}

/**
 * What a controls edge claims: from `since` (or, without it, the first article stating it)
 * to `until` (or the last article stating it). A lone `until` claims only the day before.
 * An undated statement bounds nothing, as in filterGraph's "as of" views; a change whose
 * date nothing tells claims no time.
 */
function spanOf(edge: string, holder: string, a: EdgeAttributes): Span | undefined {
  const { since, until } = edgeValidity(a);
  // a change of unknown date in an undated article claims no time at all (as in "as of" views)
  if (since === '9999' || until === '0000') return undefined;
  const stated = (a.evidence ?? []).map((e) => days(e.date)).filter((d): d is [number, number] => Boolean(d));
  const first = stated.length ? Math.min(...stated.map((d) => d[0])) : -Infinity;
  const last = stated.length ? Math.max(...stated.map((d) => d[1])) + 1 : Infinity;
  // partial dates are read leniently, so only statements the dates cannot reconcile clash:
  // "since 2020-06" starts at the end of June, "until 2020-06" ends at its start
  const [s, u] = [days(since)?.[1], days(until)?.[0]];
  const start = s ?? (u !== undefined ? u - 1 : first);
  const end = u ?? Math.max(last, start + 1);
  return { edge, holder, start, end, articles: new Set((a.evidence ?? []).map((e) => e.article)) };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const differentArticles = (a: Span, b: Span) => [...a.articles].some((x) => [...b.articles].some((y) => x !== y));

/** @example controlDisputes(graph, campOf)[0].summary // → 'Sirte: Khalifa Haftar or Government of National Accord (2020-07-10)' */
export function controlDisputes(graph: KnowledgeGraph, campOf: Map<string, number>): ControlDispute[] {
  const out: ControlDispute[] = [];
  graph.forEachNode((place, attributes) => {
    if (attributes.type !== 'city') return;
    const spans: Span[] = [];
    graph.forEachInEdge(place, (edge, a, holder) => {
      const span = a.relation === 'controls' ? spanOf(edge, holder, a) : undefined;
      if (span) spans.push(span);
    });
    const pairs = new Map<string, { sides: Map<string, Set<string>>; start: number; end: number }>();
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const [a, b] = [spans[i], spans[j]].sort((x, y) => x.holder.localeCompare(y.holder));
        if (a.holder === b.holder || !overlaps(a, b) || !differentArticles(a, b)) continue;
        if (campOf.has(a.holder) && campOf.get(a.holder) === campOf.get(b.holder)) continue; // allies may share a town
        const key = `${a.holder}\u0000${b.holder}`;
        const pair = pairs.get(key) ?? { sides: new Map([[a.holder, new Set<string>()], [b.holder, new Set<string>()]]), start: Infinity, end: -Infinity };
        pair.sides.get(a.holder)!.add(a.edge);
        pair.sides.get(b.holder)!.add(b.edge);
        [pair.start, pair.end] = [Math.min(pair.start, Math.max(a.start, b.start)), Math.max(pair.end, Math.min(a.end, b.end))];
        pairs.set(key, pair);
      }
    }
    for (const pair of pairs.values()) out.push(toDispute(graph, place, pair));
  });
  return out;
}

function toDispute(graph: KnowledgeGraph, place: string, pair: { sides: Map<string, Set<string>>; start: number; end: number }): ControlDispute {
  const placeRef = nodeRef(graph, place);
  const claims = [...pair.sides].map(([holder, edges]) => {
    const attrs = [...edges].map((e) => graph.getEdgeAttributes(e));
    const evidence = citeEvidence(graph, attrs.flatMap((a) => a.evidence ?? []));
    const since = attrs.map((a) => a.since).filter(Boolean).sort()[0];
    const until = attrs.map((a) => a.until).filter(Boolean).sort().at(-1);
    const ref = nodeRef(graph, holder);
    return { holder: ref, says: `${ref.label} controls ${placeRef.label}`, ...(since ? { since } : {}), ...(until ? { until } : {}),
      outlets: outletsOf(evidence), evidence };
  });
  const from = Number.isFinite(pair.start) ? isoDay(pair.start) : undefined;
  const to = Number.isFinite(pair.end) ? isoDay(pair.end - 1) : undefined;
  const when = from && to ? (from === to ? ` (${from})` : ` (${from} – ${to})`) : '';
  const named = (outlets: string[]) => (outlets.length > 2 ? `${outlets.slice(0, 2).join(', ')} +${outlets.length - 2}` : outlets.join(', '));
  const summary = `${placeRef.label}: held by ${claims.map((c) => `${c.holder.label} (${named(c.outlets)})`).join(' or by ')}${when}`;
  return { kind: 'control', summary, place: placeRef, ...(from ? { from } : {}), ...(to ? { to } : {}), claims };
}
