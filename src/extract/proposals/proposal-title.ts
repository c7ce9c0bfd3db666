// A readable title for an unnamed proposal from its proposers: people before the states
// they speak for are dropped ("Vladimir Putin and Tayyip Erdogan", not "… and Russia
// and Turkey"), at most three names.
import type { ArticleEntity } from '../pipeline-types.ts';

const MAX_NAMES = 3;

/** @example proposalTitle(['sisi', 'country:eg'], lookup) // → 'Ceasefire call by Abdel Fattah al-Sisi' */
export function proposalTitle(proposers: string[], lookup: (key: string) => ArticleEntity | undefined): string {
  const entities = proposers.map(lookup).filter((e): e is ArticleEntity => Boolean(e));
  const spokenFor = new Set(entities.map((e) => e.affiliation).filter(Boolean));
  const shown = entities.filter((e) => !spokenFor.has(e.key) && !spokenFor.has(e.id)).map((e) => e.label);
  if (!shown.length) return 'Ceasefire';
  const names = shown.length > MAX_NAMES ? [...shown.slice(0, MAX_NAMES), 'others'] : shown;
  return `Ceasefire call by ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]}`;
}
