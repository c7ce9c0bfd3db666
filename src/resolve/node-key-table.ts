// Node keys for clusters: `<type>:<slug of the canonical label>`, and when two clusters
// would share one, the one whose earliest mention comes first (by article id, then label)
// keeps it and the others take -2, -3 … (skipping keys another label owns outright). A
// rule over the clusters, so the same corpus gives the same keys in any order.

export interface KeyClaim {
  /** `<type>:<slug>` from the canonical label. */
  base: string;
  /** Orders clusters that claim one base: the smallest "article\0label" of the cluster's mentions. */
  anchor: string;
}

export interface NodeKeyTable {
  /** Sets (a claim) or removes (undefined) clusters; returns every cluster whose key changed: [old, new]. */
  update(claims: Map<string, KeyClaim | undefined>): Map<string, [string | undefined, string | undefined]>;
  keyOf(cluster: string): string | undefined;
}

/** @example const keys = createNodeKeyTable(); keys.update(new Map([['c:1', { base: 'city:sirte', anchor: 'a.txt\0Sirte' }]])) */
export function createNodeKeyTable(): NodeKeyTable {
  const claimOf = new Map<string, KeyClaim>();
  const groups = new Map<string, Set<string>>(); // base → clusters claiming it
  const keys = new Map<string, string>();

  const regroup = (base: string, changes: Map<string, [string | undefined, string | undefined]>) => {
    const members = [...(groups.get(base) ?? [])].sort((a, b) => {
      const [x, y] = [claimOf.get(a)!.anchor, claimOf.get(b)!.anchor];
      return x < y ? -1 : x > y ? 1 : a < b ? -1 : 1;
    });
    let n = 1;
    members.forEach((cluster, i) => {
      let key = base;
      if (i > 0) do key = `${base}-${++n}`; while (groups.has(key));
      const old = keys.get(cluster);
      if (old === key) return;
      keys.set(cluster, key);
      const before = changes.get(cluster)?.[0] ?? old;
      changes.set(cluster, [before, key]);
    });
  };

  return {
    keyOf: (cluster) => keys.get(cluster),
    update(claims) {
      const changes = new Map<string, [string | undefined, string | undefined]>();
      const bases = new Set<string>();
      const touch = (base: string) => {
        bases.add(base);
        const suffixed = /^(.*)-\d+$/.exec(base); // "brigade-2" owned outright moves "Brigade"'s second cluster on
        if (suffixed) bases.add(suffixed[1]);
      };
      for (const [cluster, claim] of claims) {
        const old = claimOf.get(cluster);
        if (old) {
          groups.get(old.base)!.delete(cluster);
          if (!groups.get(old.base)!.size) groups.delete(old.base);
          touch(old.base);
        }
        if (claim) {
          claimOf.set(cluster, claim);
          (groups.get(claim.base) ?? groups.set(claim.base, new Set()).get(claim.base)!).add(cluster);
          touch(claim.base);
        } else {
          claimOf.delete(cluster);
          if (keys.has(cluster)) changes.set(cluster, [keys.get(cluster), undefined]);
          keys.delete(cluster);
        }
      }
      for (const base of bases) regroup(base, changes);
      for (const [cluster, [before, after]] of changes) if (before === after) changes.delete(cluster);
      return changes;
    },
  };
}
