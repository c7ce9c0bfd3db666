// A diff as it crosses from the builder's thread to the one that answers reads: serialised
// (v8's structured-clone format) in chunks of a few hundred entries, not as one message of
// objects. A message of objects is decoded in one piece when it arrives (40 ms for the 5 MB
// reply of a 1 MB article, then the apply and the answer in the same turn); chunks of bytes
// cost a copy to send, and the receiver decodes one chunk per turn, so requests are answered
// in between. Only the whole decoded diff is applied, in one step: decoding touches no graph.
import { deserialize, serialize } from 'node:v8';
import type { GraphDiff } from './graph-diff.ts';

/** A diff in serialised chunks (each a partial GraphDiff), as graph-worker.ts sends it. */
export interface ShippedDiff {
  shipped: Uint8Array[];
}

/** Entries per chunk: a chunk decodes in ~2 ms (a 1 MB article's diff is ~8,000 entries). */
export const CHUNK_ENTRIES = 500;

type ListKey = 'nodes' | 'nodePatches' | 'dropNodes' | 'edges' | 'edgePatches' | 'dropEdges' | 'claims';
const LISTS: readonly ListKey[] = ['nodes', 'nodePatches', 'dropNodes', 'edges', 'edgePatches', 'dropEdges', 'claims'];

export const isShipped = (d: GraphDiff | ShippedDiff): d is ShippedDiff => Array.isArray((d as ShippedDiff).shipped);

/** @example port.postMessage(shipDiff(diff)) // → {shipped: [<attributes, outlets>, <nodes 0–499>, …]} */
export function shipDiff(diff: GraphDiff, entries = CHUNK_ENTRIES): ShippedDiff {
  const shipped: Uint8Array[] = [serialize({ attributes: diff.attributes, outlets: diff.outlets })];
  for (const key of LISTS) {
    const list = (diff[key] ?? []) as unknown[];
    for (let i = 0; i < list.length; i += entries) shipped.push(serialize({ [key]: list.slice(i, i + entries) }));
  }
  return { shipped };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The diff back, one chunk decoded per event-loop turn (a plain diff is returned as it is).
 * @example applyDiff(graph, await receiveDiff(reply.diff))
 */
export async function receiveDiff(diff: GraphDiff | ShippedDiff): Promise<GraphDiff> {
  if (!isShipped(diff)) return diff;
  const out: GraphDiff = { nodes: [], nodePatches: [], dropNodes: [], edges: [], edgePatches: [], dropEdges: [], attributes: {}, outlets: {}, claims: [] };
  for (const [i, bytes] of diff.shipped.entries()) {
    if (i > 0) await nextTurn();
    const part = deserialize(bytes) as Partial<GraphDiff>;
    if (part.attributes) out.attributes = part.attributes;
    if (part.outlets) out.outlets = part.outlets;
    for (const key of LISTS) {
      const items = part[key] as unknown[] | undefined;
      if (items) for (const item of items) (out[key] as unknown[]).push(item);
    }
  }
  return out;
}
