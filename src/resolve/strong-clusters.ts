// The first layer of resolution: which entity mentions are certainly the same thing.
// A lexicon id is an anchor (every mention with id "haftar" is Haftar, two ids never
// merge). Other mentions join when their labels share a strong key (normalised name or
// transliteration skeleton: Sirte/Sirt, Tarhuna/Tarhunah), a union-find over label keys,
// so the result depends on the set of mentions and never on their order. A component of
// such mentions whose names (labels and aliases) meet the names of exactly one lexicon id
// belongs to that id ("Al-Wefaq government" → the GNA); meeting two ids, it stays apart.
// Aliases link only to ids: an article's alias list can be wrong, and chaining every
// "X, also called Y" across a corpus would melt unrelated names into one node.
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import type { EntityRef } from '../types.ts';
import { strongKeys } from './match-keys.ts';
import { addMention, addName, combineStats, emptyStats, mergeStats, type MentionStats } from './mention-stats.ts';

/** An entity as one article names it. */
export interface EntityOcc {
  article: string;
  ref: EntityRef;
}

export interface StrongChange {
  /** Strong clusters that gained or lost members, or vanished (merged into another). */
  changed: Set<string>;
  /** Mentions whose strong cluster may have changed: the new ones, and the members of components merged or re-anchored. */
  regrouped: Set<number>;
}

export interface StrongClusters {
  add(occs: readonly number[]): StrongChange;
  /** `i:<lexId>` for a lexicon anchor, `c:<root key>` for a free component. */
  clusterOf(occ: number): string;
  members(cluster: string): number[];
  /** Calls `fn` with each mention of the cluster (no array is built: Turkey has thousands). */
  forEachMember(cluster: string, fn: (mention: number) => void): void;
  /** Counts over the cluster's mentions (not copied when the cluster is one group). */
  stats(cluster: string): MentionStats;
  /** The groups whose counts make up the cluster's (a lexicon anchor: its own mentions, then each component it gathers). */
  parts(cluster: string): MentionStats[];
  /** The weak keys of the cluster's names, without combining its groups' counts. */
  weakKeys(cluster: string): Set<string>;
  exists(cluster: string): boolean;
}

const namesOf = (ref: EntityRef) => [...new Set([ref.label, ...ref.aliases])];
const get = <K, V>(map: Map<K, V>, key: K, make: () => V) => map.get(key) ?? map.set(key, make()).get(key)!;

/** @example const strong = createStrongClusters((i) => occs[i], lexicon); strong.add([0, 1]); strong.clusterOf(1) */
export function createStrongClusters(occ: (i: number) => EntityOcc, lexicon: Lexicon): StrongClusters {
  const parent = new Map<string, string>();
  const compMembers = new Map<string, number[]>();
  const compStats = new Map<string, MentionStats>();
  const idStats = new Map<string, MentionStats>();
  const nameKeyOccs = new Map<string, number[]>(); // name key → free mentions carrying it
  const idOf = new Map<string, Set<string>>(); // name key → lexicon ids whose names carry it
  const idMembers = new Map<string, number[]>();
  const anchorOf = new Map<string, string>(); // component root → its lexicon id
  const idComps = new Map<string, Set<string>>();

  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let at = k; at !== root; ) {
      const next = parent.get(at)!;
      parent.set(at, root); // path compression
      at = next;
    }
    return root;
  };
  const labelKey = (i: number) => strongKeys(occ(i).ref.label, occ(i).ref.type)[0];
  const clusterOfRoot = (root: string) => (anchorOf.has(root) ? `i:${anchorOf.get(root)}` : `c:${root}`);
  let regrouped = new Set<number>();
  const setAnchor = (root: string, id: string | undefined) => {
    const old = anchorOf.get(root);
    if (old === id) return;
    for (const i of compMembers.get(root)!) regrouped.add(i); // they belong to another cluster now
    if (old) idComps.get(old)!.delete(root);
    if (id) {
      anchorOf.set(root, id);
      get(idComps, id, () => new Set<string>()).add(root);
    } else anchorOf.delete(root);
  };
  const union = (a: string, b: string, changed: Set<string>) => {
    let [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    if (compMembers.get(ra)!.length < compMembers.get(rb)!.length) [ra, rb] = [rb, ra];
    changed.add(clusterOfRoot(rb));
    changed.add(clusterOfRoot(ra));
    setAnchor(rb, undefined);
    for (const i of compMembers.get(rb)!) regrouped.add(i); // the smaller side: each mention moves O(log n) times
    parent.set(rb, ra);
    compMembers.get(ra)!.push(...compMembers.get(rb)!);
    compMembers.delete(rb);
    mergeStats(compStats.get(ra)!, compStats.get(rb)!);
    compStats.delete(rb);
  };
  const addIdKeys = (id: string, names: string[], type: EntityRef['type'], fresh: string[]) => {
    for (const name of names) for (const k of strongKeys(name, type)) {
      const ids = get(idOf, k, () => new Set<string>());
      if (ids.has(id)) continue;
      ids.add(id);
      fresh.push(k);
    }
  };
  const parts = (cluster: string): MentionStats[] => {
    if (cluster.startsWith('c:')) return [compStats.get(cluster.slice(2)) ?? emptyStats()];
    const id = cluster.slice(2);
    return [get(idStats, id, emptyStats), ...[...(idComps.get(id) ?? [])].map((root) => compStats.get(root)!)];
  };
  const touchedIds = (root: string) => {
    const ids = new Set<string>();
    for (const k of compStats.get(root)!.strong) for (const id of idOf.get(k) ?? []) ids.add(id);
    return ids;
  };

  return {
    add(occs) {
      const changed = new Set<string>();
      regrouped = new Set(occs);
      const dirty = new Set<string>();
      const freshKeys: string[] = [];
      for (const i of occs) {
        const { ref } = occ(i);
        if (ref.id) {
          if (!idMembers.has(ref.id)) {
            const entry = lexicon.entries.get(ref.id);
            addIdKeys(ref.id, entry?.aliases ?? [], ref.type, freshKeys);
            const stats = get(idStats, ref.id, emptyStats);
            for (const name of entry?.aliases ?? []) addName(stats, name, entry!.type, entry!.kind, true);
          }
          get(idMembers, ref.id, () => []).push(i);
          addMention(get(idStats, ref.id, emptyStats), occ(i).article, ref);
          addIdKeys(ref.id, namesOf(ref), ref.type, freshKeys);
          changed.add(`i:${ref.id}`);
          continue;
        }
        const keys = strongKeys(ref.label, ref.type);
        for (const k of keys) {
          if (parent.has(k)) continue;
          parent.set(k, k);
          compMembers.set(k, []);
          compStats.set(k, emptyStats());
        }
        compMembers.get(find(keys[0]))!.push(i);
        addMention(compStats.get(find(keys[0]))!, occ(i).article, ref);
        for (const k of keys.slice(1)) union(keys[0], k, changed);
        for (const name of namesOf(ref)) for (const k of strongKeys(name, ref.type)) get(nameKeyOccs, k, () => []).push(i);
        dirty.add(keys[0]);
      }
      for (const k of freshKeys) for (const i of nameKeyOccs.get(k) ?? []) dirty.add(labelKey(i));
      for (const root of new Set([...dirty].map(find))) {
        const before = clusterOfRoot(root);
        const ids = touchedIds(root);
        setAnchor(root, ids.size === 1 ? [...ids][0] : undefined);
        changed.add(before);
        changed.add(clusterOfRoot(root));
      }
      return { changed, regrouped };
    },
    clusterOf(i) {
      const id = occ(i).ref.id;
      return id ? `i:${id}` : clusterOfRoot(find(labelKey(i)));
    },
    members(cluster) {
      const out: number[] = [];
      this.forEachMember(cluster, (i) => out.push(i));
      return out;
    },
    forEachMember(cluster, fn) {
      if (cluster.startsWith('c:')) {
        if (!anchorOf.has(cluster.slice(2))) compMembers.get(cluster.slice(2))?.forEach((i) => fn(i));
        return;
      }
      const id = cluster.slice(2);
      idMembers.get(id)?.forEach((i) => fn(i));
      for (const root of idComps.get(id) ?? []) compMembers.get(root)!.forEach((i) => fn(i));
    },
    stats: (cluster) => combineStats(parts(cluster)),
    parts,
    weakKeys(cluster) {
      const groups = parts(cluster);
      return groups.length === 1 ? groups[0].weak : new Set(groups.flatMap((p) => [...p.weak]));
    },
    exists(cluster) {
      if (cluster.startsWith('i:')) return idMembers.has(cluster.slice(2));
      const root = cluster.slice(2);
      return compMembers.has(root) && !anchorOf.has(root);
    },
  };
}
