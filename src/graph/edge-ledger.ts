// Facts become edges: one edge per (source, relation, target, validity) whose evidence is
// every fact that maps to it, sorted by article, sentence and position (the same fact read
// twice at one place counts once). The ledger keeps which facts stand behind each edge, in
// that order as they are filed, so one more fact costs a bisection, not a sort of an edge's
// thousands of quotes; and when resolution moves a mention to another node, only that
// mention's facts are re-filed. It keeps of each fact only what an edge shows.
import type { EdgeAttributes, Evidence, Fact } from '../types.ts';

export interface LedgerFact {
  relation: Fact['relation'];
  since?: string;
  until?: string;
  confidence: number;
  evidence: Evidence;
  subject: number;
  object: number;
}

export interface EdgeLedger {
  /** Files new facts; returns their ids. */
  add(facts: LedgerFact[]): number[];
  /** Re-files facts under the node keys their mentions have now; returns the edge keys touched. */
  refile(factIds: Iterable<number>, keyOf: (mention: number) => string): Set<string>;
  factsOf(mention: number): number[];
  /** The edge a fact is filed under (undefined for a fact about one node itself). */
  keyOfFact(id: number): string | undefined;
  /** The edge, or undefined when no fact maps to that key any more. */
  edge(key: string): { source: string; target: string; attributes: EdgeAttributes } | undefined;
}

/** The order of an edge's evidence: article, sentence, position, rule. */
export const compareEvidence = (a: Evidence, b: Evidence) =>
  a.article < b.article ? -1 : a.article > b.article ? 1 : a.sentence - b.sentence || a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.end - b.end;

/** What the ledger keeps of a fact whose ends are mentions `subject` and `object`. */
export const ledgerFact = (fact: Fact, subject: number, object: number): LedgerFact => ({
  relation: fact.relation, confidence: fact.confidence, evidence: fact.evidence, subject, object,
  ...(fact.since ? { since: fact.since } : {}), ...(fact.until ? { until: fact.until } : {}),
});

const sameSpot = (a: Evidence, b: Evidence) => a.article === b.article && a.start === b.start && a.rule === b.rule;

/** @example const ledger = createEdgeLedger(); ledger.refile(ledger.add(facts), resolution.keyOf) */
export function createEdgeLedger(): EdgeLedger {
  const facts: LedgerFact[] = [];
  const filed: (string | undefined)[] = [];
  const byMention = new Map<number, number[]>();
  const buckets = new Map<string, { source: string; target: string; sorted: number[] }>();
  const order = (a: number, b: number) => compareEvidence(facts[a].evidence, facts[b].evidence) || a - b;
  const place = (sorted: number[], id: number) => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(sorted[mid], id) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    add(fresh) {
      return fresh.map((f) => {
        const id = facts.push(f) - 1;
        for (const m of new Set([f.subject, f.object])) (byMention.get(m) ?? byMention.set(m, []).get(m)!).push(id);
        return id;
      });
    },
    refile(ids, keyOf) {
      const touched = new Set<string>();
      for (const id of ids) {
        const f = facts[id];
        const [s, t] = [keyOf(f.subject), keyOf(f.object)];
        // two names resolved to one node: a fact about itself says nothing
        const key = s === t ? undefined : `${s}|${f.relation}|${t}|${f.since ?? ''}|${f.until ?? ''}`;
        const old = filed[id];
        if (old === key) continue;
        if (old !== undefined) {
          const sorted = buckets.get(old)!.sorted;
          sorted.splice(place(sorted, id), 1);
          touched.add(old);
        }
        filed[id] = key;
        if (key === undefined) continue;
        const bucket = buckets.get(key) ?? buckets.set(key, { source: s, target: t, sorted: [] }).get(key)!;
        bucket.sorted.splice(place(bucket.sorted, id), 0, id);
        touched.add(key);
      }
      for (const key of touched) if (!buckets.get(key)?.sorted.length) buckets.delete(key);
      return touched;
    },
    factsOf: (mention) => byMention.get(mention) ?? [],
    keyOfFact: (id) => filed[id],
    edge(key) {
      const bucket = buckets.get(key);
      if (!bucket) return undefined;
      const evidence: Evidence[] = [];
      const articles = new Set<string>();
      let confidence = 0;
      for (const id of bucket.sorted) {
        const { evidence: e, confidence: c } = facts[id];
        confidence = Math.max(confidence, c);
        if (evidence.length && sameSpot(evidence[evidence.length - 1], e)) continue;
        evidence.push(e);
        articles.add(e.article);
      }
      const first = facts[bucket.sorted[0]];
      const attributes: EdgeAttributes = {
        relation: first.relation, evidence, sources: articles.size, confidence,
        ...(first.since ? { since: first.since } : {}), ...(first.until ? { until: first.until } : {}),
      };
      return { source: bucket.source, target: bucket.target, attributes };
    },
  };
}
