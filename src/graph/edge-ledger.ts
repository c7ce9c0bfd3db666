// Facts become edges: one edge per (source, relation, target, validity) whose evidence is
// every fact that maps to it, sorted by article, sentence and position (the same fact read
// twice at one place counts once). The ledger keeps which facts stand behind each edge, so
// when resolution moves a mention to another node only that mention's facts are re-filed.
import type { EdgeAttributes, Evidence, Fact } from '../types.ts';

export interface LedgerFact {
  fact: Fact;
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

/** @example const ledger = createEdgeLedger(); ledger.refile(ledger.add(facts), resolution.keyOf) */
export function createEdgeLedger(): EdgeLedger {
  const facts: LedgerFact[] = [];
  const filed: (string | undefined)[] = [];
  const byMention = new Map<number, number[]>();
  const buckets = new Map<string, { source: string; target: string; facts: Set<number> }>();

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
        const { fact, subject, object } = facts[id];
        const [s, t] = [keyOf(subject), keyOf(object)];
        // two names resolved to one node: a fact about itself says nothing
        const key = s === t ? undefined : `${s}|${fact.relation}|${t}|${fact.since ?? ''}|${fact.until ?? ''}`;
        const old = filed[id];
        if (old === key) continue;
        if (old !== undefined) {
          buckets.get(old)!.facts.delete(id);
          touched.add(old);
        }
        filed[id] = key;
        if (key === undefined) continue;
        (buckets.get(key) ?? buckets.set(key, { source: s, target: t, facts: new Set() }).get(key)!).facts.add(id);
        touched.add(key);
      }
      for (const key of touched) if (!buckets.get(key)?.facts.size) buckets.delete(key);
      return touched;
    },
    factsOf: (mention) => byMention.get(mention) ?? [],
    keyOfFact: (id) => filed[id],
    edge(key) {
      const bucket = buckets.get(key);
      if (!bucket) return undefined;
      const all = [...bucket.facts].map((id) => facts[id].fact);
      const evidence = all.map((f) => f.evidence).sort(compareEvidence)
        .filter((e, i, list) => i === 0 || !(e.article === list[i - 1].article && e.start === list[i - 1].start && e.rule === list[i - 1].rule));
      const first = all[0];
      const attributes: EdgeAttributes = {
        relation: first.relation, evidence, sources: new Set(evidence.map((e) => e.article)).size,
        confidence: Math.max(...all.map((f) => f.confidence)),
        ...(first.since ? { since: first.since } : {}), ...(first.until ? { until: first.until } : {}),
      };
      return { source: bucket.source, target: bucket.target, attributes };
    },
  };
}
