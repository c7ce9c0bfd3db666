// Resolution across articles: which mentions are the same real thing, and under which
// node key. Layers: lexicon anchors and strong keys (strong-clusters.ts), short forms
// joining the one full name they fit (short-forms.ts), proposals by name or by side within
// a week (proposal-clusters.ts), canonical labels and keys by a rule over all mentions
// (canonical-node.ts, node-key-table.ts). Each layer is a rule over the set of mentions,
// so articles added in any order, one by one or all at once, resolve the same; adding one
// recomputes only the clusters it touches and reports which node keys changed.
import { defaultLexicon } from '../lexicon/load-lexicon.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { slugify } from '../text/slugify.ts';
import type { ArticleExtraction, EntityRef, NodeAttributes, ProposalRef } from '../types.ts';
import { canonicalEntity, canonicalProposal, type Mention } from './canonical-node.ts';
import { combineStats, type MentionStats } from './mention-stats.ts';
import { createNodeKeyTable, type KeyClaim } from './node-key-table.ts';
import { createProposalClusters } from './proposal-clusters.ts';
import { createShortForms } from './short-forms.ts';
import { createStrongClusters } from './strong-clusters.ts';

export interface ResolutionChange {
  /** Node keys that exist and whose attributes may have changed. */
  nodes: Set<string>;
  /** Node keys that no longer exist. */
  dropped: Set<string>;
  /** Mentions whose node key changed: their facts move to other edges. */
  moved: Set<number>;
}

export interface Resolution {
  /** Registers an article's mentions (nothing is resolved yet); returns mention ids by `type|label`. */
  register(extraction: ArticleExtraction): Map<string, number>;
  /** Resolves everything registered since the last call. */
  resolve(): ResolutionChange;
  keyOf(mention: number): string;
  attributes(nodeKey: string): NodeAttributes;
}

/** How an article's facts name their entities (extractions repeat the ref in each fact). */
export const refId = (ref: EntityRef) => `${ref.type}|${ref.label}`;

/** @example const r = createResolution(); r.register(extraction); r.resolve(); r.keyOf(0) // → 'actor:khalifa-haftar' */
export function createResolution(lexicon: Lexicon = defaultLexicon()): Resolution {
  const mentions: Mention[] = [];
  const proposersOf = new Map<number, number[]>(); // proposal mention → its proposers' mentions
  const proposalsBy = new Map<number, number[]>(); // entity mention → proposals it proposes
  const pending = { entities: [] as number[], proposals: [] as number[] };
  const mentionKey: string[] = [];
  const keyOwner = new Map<string, string>(); // node key → cluster
  const attrs = new Map<string, NodeAttributes>(); // cluster → attributes
  const at = (i: number) => mentions[i];
  const strong = createStrongClusters(at, lexicon);
  const short = createShortForms(strong);
  const keys = createNodeKeyTable();

  const sideOf = (entity: number): string => {
    const final = short.finalOf(strong.clusterOf(entity));
    if (!final.startsWith('i:')) return `node:${keys.keyOf(final)}`;
    const id = final.slice(2);
    return `side:${lexicon.entries.get(id)?.affiliation ?? id}`;
  };
  const proposals = createProposalClusters({
    occ: (i) => at(i) as Mention<ProposalRef>,
    sidesOf: (i) => [...new Set((proposersOf.get(i) ?? []).map(sideOf))].sort(),
  });
  const forEachEntityMember = (final: string, fn: (i: number) => void) => {
    for (const s of [final, ...short.attachedTo(final)]) strong.forEachMember(s, fn);
  };

  /** Re-reads clusters, claims their keys, and records what moved. */
  const settle = (clusters: Iterable<string>, forEachMember: (c: string, fn: (i: number) => void) => void, exists: (c: string) => boolean,
    canonical: (c: string) => [NodeAttributes, MentionStats], change: ResolutionChange) => {
    const claims = new Map<string, KeyClaim | undefined>();
    const seen = new Set(clusters);
    for (const c of seen) {
      if (!exists(c)) {
        claims.set(c, undefined);
        attrs.delete(c);
        continue;
      }
      const [a, stats] = canonical(c);
      attrs.set(c, a);
      claims.set(c, { base: `${a.type}:${slugify(a.label)}`, anchor: stats.anchor });
    }
    const changed = keys.update(claims);
    for (const [c, [before, after]] of changed) {
      seen.add(c);
      if (before && keyOwner.get(before) === c) {
        keyOwner.delete(before);
        change.dropped.add(before);
      }
      if (after) keyOwner.set(after, c);
    }
    for (const c of seen) {
      const key = keys.keyOf(c);
      if (!key) continue;
      change.nodes.add(key);
      change.dropped.delete(key);
      forEachMember(c, (i) => {
        if (mentionKey[i] === key) return;
        mentionKey[i] = key;
        change.moved.add(i);
      });
    }
  };

  return {
    register(extraction) {
      const ids = new Map<string, number>();
      const refs = [...extraction.entities, ...extraction.facts.flatMap((f) => [f.subject, f.object])];
      const own: number[] = [];
      for (const ref of refs) {
        if (ids.has(refId(ref))) continue;
        const i = mentions.push({ article: extraction.article, ref }) - 1;
        ids.set(refId(ref), i);
        if (ref.type === 'proposal') own.push(i);
        else pending.entities.push(i);
      }
      pending.proposals.push(...own);
      const byLabel = new Map(refs.filter((r) => r.type !== 'proposal').map((r) => [r.label, ids.get(refId(r))!]));
      for (const p of own) {
        const proposers = [...new Set((at(p).ref as ProposalRef).proposers.flatMap((l) => (byLabel.has(l) ? [byLabel.get(l)!] : [])))];
        proposersOf.set(p, proposers);
        for (const e of proposers) (proposalsBy.get(e) ?? proposalsBy.set(e, []).get(e)!).push(p);
      }
      return ids;
    },
    resolve() {
      const change: ResolutionChange = { nodes: new Set(), dropped: new Set(), moved: new Set() };
      const finals = short.update(strong.add(pending.entities).changed);
      settle(finals, forEachEntityMember, (c) => strong.exists(c) && short.finalOf(c) === c, (c) => {
        const all = combineStats([c, ...short.attachedTo(c)].map(strong.stats));
        return [canonicalEntity(all, strong.stats(c), lexicon), all];
      }, change);
      const resided = [...change.moved].flatMap((e) => proposalsBy.get(e) ?? []);
      const changedProposals = proposals.update(pending.proposals, resided);
      settle(changedProposals, proposals.forEachMember, proposals.exists, (c) => [canonicalProposal(proposals.stats(c)), proposals.stats(c)], change);
      pending.entities = [];
      pending.proposals = [];
      for (const key of change.dropped) change.nodes.delete(key);
      return change;
    },
    keyOf: (i) => mentionKey[i],
    attributes: (key) => attrs.get(keyOwner.get(key)!)!,
  };
}
