// The keys under which a name can be found again in another article, all from the one
// name-key algorithm (text/name-keys.ts): its normalised form, its transliteration
// skeleton, a person's surname, an organisation's acronym. Keys are scoped by group, so a
// city never merges with a person of the same name.
import { isInformativeSkeleton, NAME_PARTICLES, nameKeys } from '../text/name-keys.ts';
import type { NodeType } from '../types.ts';

export const groupOf = (type: NodeType): string => (type === 'actor' || type === 'backer' ? 'party' : type);

/** Initials of an organisation name: "Government of National Accord" → "gna". */
export function acronymOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => w && !NAME_PARTICLES.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^[A-Z]/.test(w))) return undefined;
  return words.map((w) => w[0].toLowerCase()).join('');
}

/** Strong keys: a hit on one of these means the same entity. */
export function strongKeys(name: string, type: NodeType): string[] {
  const g = groupOf(type);
  const { norm, skeleton } = nameKeys(name);
  return isInformativeSkeleton(skeleton) ? [`${g}|n:${norm}`, `${g}|s:${skeleton}`] : [`${g}|n:${norm}`];
}

/** Weak keys, used only when unambiguous: a person's surname, an acronym. */
export function weakKeys(name: string, type: NodeType, kind: string): string[] {
  const g = groupOf(type);
  const keys: string[] = [];
  const { skeletons } = nameKeys(name);
  const last = skeletons[skeletons.length - 1];
  if (kind === 'person' && skeletons.length >= 2 && last.length >= 2) keys.push(`${g}|last:${last}`);
  const acronym = kind === 'person' ? undefined : acronymOf(name);
  if (acronym) keys.push(`${g}|a:${acronym}`);
  // a state's ISO codes ("GB") are not acronyms of anything else ("Gherair Brigade")
  if (kind !== 'state' && /^[A-Z]{2,6}$/.test(name)) keys.push(`${g}|a:${name.toLowerCase()}`);
  return keys;
}

/** Lookup keys for a mention that is a single word: it may be a surname or an acronym. */
export function queryWeakKeys(name: string, type: NodeType): string[] {
  const g = groupOf(type);
  const { skeletons } = nameKeys(name);
  const keys: string[] = [];
  if (skeletons.length === 1 && skeletons[0].length >= 2) keys.push(`${g}|last:${skeletons[0]}`);
  if (/^[A-Z]{2,6}$/.test(name)) keys.push(`${g}|a:${name.toLowerCase()}`);
  return keys;
}
