// The last step of resolution: clusters that changed are read again (attributes by the
// canonical rule), claim their node keys, and their mentions take the keys. A cluster that
// keeps its key only sets the mentions that joined it, so one more article about Turkey
// costs that article's mentions, not a visit to Turkey's thousands; a cluster whose key
// changed sets them all. Keeps each mention's key, each cluster's attributes and which
// cluster owns which node key.
import { slugify } from '../text/slugify.ts';
import type { NodeAttributes } from '../types.ts';
import type { NodeGrowth, ResolutionChange } from './create-resolution.ts';
import type { NodeKeyTable, KeyClaim } from './node-key-table.ts';

/** A cluster as its layer reads it again. */
export interface ClusterReading {
  attributes: NodeAttributes;
  /** Orders clusters that claim one key (MentionStats.anchor). */
  anchor: string;
  /** The mentions that joined it since the last reading; undefined: any of its mentions may have moved. */
  joined?: readonly number[];
  /** It lost no mention since the last reading: the node gained `growth`, if anything. */
  growth?: (before: NodeAttributes) => NodeGrowth | undefined;
}

/** A layer of clusters (entities, proposals) as the settler reads it. */
export interface ClusterLayer {
  exists(cluster: string): boolean;
  read(cluster: string): ClusterReading;
  forEachMember(cluster: string, fn: (mention: number) => void): void;
}

export interface ClusterSettler {
  /** Re-reads these clusters, claims their keys, and records in `change` what moved. */
  settle(layer: ClusterLayer, clusters: Iterable<string>, change: ResolutionChange): void;
  keyOf(mention: number): string;
  /** The cluster that owns a node key now. */
  clusterOf(nodeKey: string): string | undefined;
  attributes(nodeKey: string): NodeAttributes;
}

/** @example const settler = createClusterSettler(createNodeKeyTable()); settler.settle(entities, ['i:turkey'], change) */
export function createClusterSettler(keys: NodeKeyTable): ClusterSettler {
  const mentionKey: string[] = [];
  const keyOwner = new Map<string, string>(); // node key → cluster
  const attrs = new Map<string, NodeAttributes>(); // cluster → attributes

  return {
    settle(layer, clusters, change) {
      const claims = new Map<string, KeyClaim | undefined>();
      const seen = new Set(clusters);
      const readings = new Map<string, [ClusterReading, NodeAttributes | undefined]>();
      for (const c of seen) {
        if (!layer.exists(c)) {
          claims.set(c, undefined);
          attrs.delete(c);
          continue;
        }
        const reading = layer.read(c);
        readings.set(c, [reading, attrs.get(c)]);
        attrs.set(c, reading.attributes);
        claims.set(c, { base: `${reading.attributes.type}:${slugify(reading.attributes.label)}`, anchor: reading.anchor });
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
        const [reading, before] = readings.get(c) ?? [];
        const take = (i: number) => {
          if (mentionKey[i] === key) return;
          mentionKey[i] = key;
          change.moved.add(i);
        };
        if (!reading?.joined || changed.has(c)) layer.forEachMember(c, take);
        else reading.joined.forEach(take);
        const growth = before && !changed.has(c) ? reading?.growth?.(before) : undefined;
        if (growth) change.grown.set(key, growth);
      }
    },
    keyOf: (i) => mentionKey[i],
    clusterOf: (key) => keyOwner.get(key),
    attributes: (key) => attrs.get(keyOwner.get(key)!)!,
  };
}
