// The keys under which a name can be found again in another article: its normalised
// form, its transliteration skeleton, a person's surname, an organisation's acronym.
// Keys are scoped by group, so a city never merges with a person of the same name.
import type { NodeType } from '../types.ts';
import { normalizeName } from '../text/normalize-name.ts';
import { skeletonKey } from '../text/skeleton-key.ts';

export const groupOf = (type: NodeType): string => (type === 'actor' || type === 'backer' ? 'party' : type);

const MIN_SKELETON = 3;
const STOP = new Set(['of', 'the', 'and', 'for', 'in', 'al', 'el']);

/** Initials of an organisation name: "Government of National Accord" → "gna". */
export function acronymOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => w && !STOP.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^[A-Z]/.test(w))) return undefined;
  return words.map((w) => w[0].toLowerCase()).join('');
}

/** Strong keys: a hit on one of these means the same entity. */
export function strongKeys(name: string, type: NodeType): string[] {
  const g = groupOf(type);
  const keys = [`${g}|n:${normalizeName(name)}`];
  const skeleton = skeletonKey(name);
  if (skeleton.replace(/ /g, '').length >= MIN_SKELETON) keys.push(`${g}|s:${skeleton}`);
  return keys;
}

/** Weak keys, used only when unambiguous: a person's surname, an acronym. */
export function weakKeys(name: string, type: NodeType, kind: string): string[] {
  const g = groupOf(type);
  const keys: string[] = [];
  const skeleton = skeletonKey(name).split(' ');
  if (kind === 'person' && skeleton.length >= 2 && skeleton[skeleton.length - 1].length >= 2) keys.push(`${g}|last:${skeleton[skeleton.length - 1]}`);
  const acronym = kind === 'person' ? undefined : acronymOf(name);
  if (acronym) keys.push(`${g}|a:${acronym}`);
  // a state's ISO codes ("GB") are not acronyms of anything else ("Gherair Brigade")
  if (kind !== 'state' && /^[A-Z]{2,6}$/.test(name)) keys.push(`${g}|a:${name.toLowerCase()}`);
  return keys;
}

/** Lookup keys for a mention that is a single word: it may be a surname or an acronym. */
export function queryWeakKeys(name: string, type: NodeType): string[] {
  const g = groupOf(type);
  const skeleton = skeletonKey(name);
  const keys: string[] = [];
  if (!skeleton.includes(' ') && skeleton.length >= 2) keys.push(`${g}|last:${skeleton}`);
  if (/^[A-Z]{2,6}$/.test(name)) keys.push(`${g}|a:${name.toLowerCase()}`);
  return keys;
}
