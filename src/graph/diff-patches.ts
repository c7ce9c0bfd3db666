// Changes to an existing node or edge as patches: a node named in one more article gets
// that article id (and any new alias) and its changed fields, not its whole list of
// thousands of articles again; an edge gets its new evidence. So the diff of one POST, and
// the work of applying it on the thread that answers reads, stays the size of the article
// however large the corpus. A change that is not an addition (a cluster split) is sent whole.
import type { EdgeAttributes, Evidence, NodeAttributes } from '../types.ts';
import { compareEvidence } from './edge-ledger.ts';

export interface NodePatch {
  set: Partial<NodeAttributes>;
  articles: string[];
  aliases: string[];
}

export interface EdgePatch {
  set: Partial<EdgeAttributes>;
  evidence: Evidence[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The items of sorted `next` that are not in sorted `old`, or undefined when `old` is not all in `next`. */
function added<T>(old: readonly T[], next: readonly T[], order: (a: T, b: T) => number): T[] | undefined {
  const out: T[] = [];
  let i = 0;
  for (const item of next) {
    if (i < old.length && order(old[i], item) === 0) i++;
    else out.push(item);
  }
  return i === old.length ? out : undefined;
}

function merged<T>(old: readonly T[], more: readonly T[], order: (a: T, b: T) => number): T[] {
  if (!more.length) return old as T[];
  const out: T[] = [];
  let [i, j] = [0, 0];
  while (i < old.length || j < more.length) out.push(j >= more.length || (i < old.length && order(old[i], more[j]) <= 0) ? old[i++] : more[j++]);
  return out;
}

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function changedFields<T extends object>(old: T, next: T, skip: readonly (keyof T)[]): Partial<T> | undefined {
  const set: Partial<T> = {};
  const keys = new Set([...Object.keys(old), ...Object.keys(next)] as (keyof T)[]);
  for (const k of keys) {
    if (skip.includes(k)) continue;
    if (!(k in next)) return undefined; // a field went away: send the whole thing
    if (!sameValue(old[k], next[k])) set[k] = next[k];
  }
  return set;
}

/** @example nodePatch(before, after) // → {set: {mentions: 42}, articles: ['new.txt'], aliases: []} */
export function nodePatch(old: NodeAttributes, next: NodeAttributes): NodePatch | undefined {
  const set = changedFields(old, next, ['articles', 'aliases']);
  const articles = added(old.articles, next.articles, byCodePoint);
  const aliases = added(old.aliases, next.aliases, byCodePoint);
  return set && articles && aliases ? { set, articles, aliases } : undefined;
}

/**
 * The patch of a node that only gained `grown` (resolution says so, with the articles and
 * aliases it gained): its scalar fields compared, its lists not walked. A hub named in a
 * third of the corpus costs its new article, not its whole list compared.
 * @example grownNodePatch(before, after, { articles: ['new.txt'], aliases: [] })
 */
export function grownNodePatch(old: NodeAttributes, next: NodeAttributes, grown: { articles: string[]; aliases: string[] }): NodePatch | undefined {
  const set = changedFields(old, next, ['articles', 'aliases']);
  return set && { set, articles: grown.articles, aliases: grown.aliases };
}

export function edgePatch(old: EdgeAttributes, next: EdgeAttributes): EdgePatch | undefined {
  const set = changedFields(old, next, ['evidence']);
  const evidence = added(old.evidence, next.evidence, (a, b) => compareEvidence(a, b) || (sameValue(a, b) ? 0 : 1));
  return set && evidence ? { set, evidence } : undefined;
}

export const patchedNode = (old: NodeAttributes, p: NodePatch): NodeAttributes => ({
  ...old, ...p.set, articles: merged(old.articles, p.articles, byCodePoint), aliases: merged(old.aliases, p.aliases, byCodePoint),
});

export const patchedEdge = (old: EdgeAttributes, p: EdgePatch): EdgeAttributes => ({ ...old, ...p.set, evidence: merged(old.evidence, p.evidence, compareEvidence) });
