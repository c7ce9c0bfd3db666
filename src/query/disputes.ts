// Where the sources disagree: contested places (control-disputes.ts), changes of stance
// and contradictions (stance-disputes.ts) and denied attributions (denied-claims.ts), each
// with both sides' quotes and outlets. Read-only over the graph.
import { InvalidInputError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { camps } from './camps.ts';
import { controlDisputes } from './control-disputes.ts';
import { deniedClaims } from './denied-claims.ts';
import { DISPUTE_KINDS, type Dispute, type DisputeKind } from './dispute-types.ts';
import { stanceDisputes } from './stance-disputes.ts';

export interface DisputesOptions {
  /** Kinds to list; default all three. */
  kinds?: DisputeKind[];
}

export interface DisputesResult {
  disputes: Dispute[];
  counts: Record<DisputeKind, number>;
}

/** Latest date a dispute speaks of, for ordering (undated last within its kind). */
const dateOf = (d: Dispute) => d.claims.flatMap((c) => c.evidence.map((e) => e.date ?? '')).sort().at(-1) || '9999';

/**
 * @example disputes(graph).disputes.map((d) => d.kind) // → ['control', 'stance', 'denied']
 * @example disputes(graph, { kinds: ['stance'] }).disputes[0].nature // → 'change'
 */
export function disputes(graph: KnowledgeGraph, options: DisputesOptions = {}): DisputesResult {
  const kinds = new Set(options.kinds?.length ? options.kinds : DISPUTE_KINDS);
  for (const kind of kinds) {
    if (!DISPUTE_KINDS.includes(kind)) throw new InvalidInputError(`query.disputes: unknown kind "${kind}"; use ${DISPUTE_KINDS.join(', ')}.`);
  }
  const found: Dispute[] = [];
  if (kinds.has('control')) {
    const campOf = new Map<string, number>();
    for (const camp of camps(graph).camps) for (const m of camp.members) campOf.set(m.key, camp.id);
    found.push(...controlDisputes(graph, campOf));
  }
  if (kinds.has('stance')) found.push(...stanceDisputes(graph));
  if (kinds.has('denied')) found.push(...deniedClaims(graph));
  const order = (d: Dispute) => DISPUTE_KINDS.indexOf(d.kind);
  found.sort((a, b) => order(a) - order(b) || dateOf(a).localeCompare(dateOf(b)) || a.summary.localeCompare(b.summary));
  const counts = Object.fromEntries(DISPUTE_KINDS.map((k) => [k, found.filter((d) => d.kind === k).length])) as Record<DisputeKind, number>;
  return { disputes: found, counts };
}
