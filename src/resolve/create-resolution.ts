// Resolution across articles: which mentions are the same real thing, and under which
// node key. Layers: lexicon anchors and strong keys (strong-clusters.ts), short forms
// joining the one full name they fit (short-forms.ts), proposals by name or by side within
// a week (proposal-clusters.ts), canonical labels and keys by a rule over all mentions
// (canonical-node.ts, node-key-table.ts). Each layer is a rule over the set of mentions,
// so articles added in any order, one by one or all at once, resolve the same; adding one
// recomputes only the clusters it touches and reports which node keys changed.
import { defaultLexicon } from '../lexicon/load-lexicon.ts';
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import type { ArticleExtraction, EntityRef, NodeAttributes, ProposalRef } from '../types.ts';
import { canonicalEntity, canonicalProposal, type Mention } from './canonical-node.ts';
import { createClusterTotals, growthOf } from './cluster-totals.ts';
import { createNodeKeyTable } from './node-key-table.ts';
import { createProposalClusters } from './proposal-clusters.ts';
import { createClusterSettler, type ClusterLayer } from './settle-clusters.ts';
import { createShortForms } from './short-forms.ts';
import { createStrongClusters } from './strong-clusters.ts';

/** What a node gained, when it only gained: its new articles and aliases, sorted. */
export interface NodeGrowth {
  articles: string[];
  aliases: string[];
}

export interface ResolutionChange {
  /** Node keys that exist and whose attributes may have changed. */
  nodes: Set<string>;
  /** Of those, the nodes that kept their cluster and all its mentions, with what they gained. */
  grown: Map<string, NodeGrowth>;
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
  const at = (i: number) => mentions[i];
  const strong = createStrongClusters(at, lexicon);
  const short = createShortForms(strong);
  const keys = createNodeKeyTable();
  const settler = createClusterSettler(keys);
  const mentionFinal: string[] = []; // entity mention → its final cluster, as last settled
  const totals = createClusterTotals(at, (final) => [final, ...short.attachedTo(final)].flatMap(strong.parts));

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
  const entityLayer: ClusterLayer = {
    exists: (c) => strong.exists(c) && short.finalOf(c) === c,
    forEachMember: (final, fn) => {
      for (const s of [final, ...short.attachedTo(final)]) strong.forEachMember(s, fn);
    },
    read(c) {
      const { stats, joined, grew } = totals.read(c);
      // the label comes from the cluster's own names (a lexicon entity's from the lexicon), not from short forms
      const attributes = canonicalEntity(stats, () => strong.stats(c), lexicon);
      return { attributes, anchor: stats.anchor, joined, ...(grew ? { growth: (before) => growthOf(before, attributes, joined, at) } : {}) };
    },
  };
  const proposalLayer: ClusterLayer = {
    exists: proposals.exists,
    forEachMember: proposals.forEachMember,
    read: (c) => ({ attributes: canonicalProposal(proposals.stats(c)), anchor: proposals.stats(c).anchor }),
  };
  /** The mentions whose final cluster changed, each moved in the totals; returns the finals they joined. */
  const regroup = (regrouped: Set<number>, retargeted: Set<string>) => {
    for (const s of retargeted) strong.forEachMember(s, (i) => regrouped.add(i));
    const joined = new Set<string>();
    for (const i of regrouped) {
      const final = short.finalOf(strong.clusterOf(i));
      totals.move(i, mentionFinal[i], final);
      mentionFinal[i] = final;
      joined.add(final);
    }
    return joined;
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
      const change: ResolutionChange = { nodes: new Set(), grown: new Map(), dropped: new Set(), moved: new Set() };
      const { changed, regrouped } = strong.add(pending.entities);
      const { finals, retargeted } = short.update(changed);
      const clusters = new Set([...finals, ...regroup(regrouped, retargeted)]);
      for (const c of clusters) if (!entityLayer.exists(c)) totals.drop(c);
      settler.settle(entityLayer, clusters, change);
      const resided = [...change.moved].flatMap((e) => proposalsBy.get(e) ?? []);
      settler.settle(proposalLayer, proposals.update(pending.proposals, resided), change);
      pending.entities = [];
      pending.proposals = [];
      for (const key of change.dropped) [change.nodes.delete(key), change.grown.delete(key)];
      return change;
    },
    keyOf: settler.keyOf,
    attributes: settler.attributes,
  };
}
