// The side a person speaks or acts for, read from the words around the name:
// "Egyptian President Sisi" → Egypt; "GNA spokesman Gnounou" → GNA;
// "Ahmed al-Mesmari, the spokesman for Haftar's militias" → Haftar. A former office holder
// ("former Kenyan president Kenyatta") speaks for no one.
import type { Mention } from '../pipeline-types.ts';

const TITLE_GAP = /^\s*(?:(?:[\p{Ll}-]+|[\p{Lu}][\p{Ll}]+)\s+){0,3}$/u;
const AFTER_ROLE = /^(?:,?\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|commander|minister|head|chief|leader|envoy|adviser|advisor|speaker|member|official|representative)\s+(?:of|for|to)|\s+of)\s+(?:the\s+)?$/iu;

const FORMER = /\b(?:former|ex-|late)\s*$/i;
const FORMER_IN_GAP = /\b(?:former|ex-|one-time|onetime)/i;

/** Index (in `mentions`) of the mention `person` is affiliated with, or -1. */
export function findAffiliation(person: Mention, mentions: Mention[], text: string): number {
  const i = mentions.indexOf(person);
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const m = mentions[j];
    if (m.sentence !== person.sentence || m.type === 'city' || m.type === 'proposal' || m.source === 'pronoun') continue;
    if (TITLE_GAP.test(text.slice(m.end, person.start)) && person.start - m.end < 40) {
      // "former Kenyan president Uhuru Kenyatta", "ex-Nigerian leader …": no longer acts for it
      if (FORMER.test(text.slice(Math.max(0, m.start - 10), m.start)) || FORMER_IN_GAP.test(text.slice(m.end, person.start))) return -1;
      return j;
    }
  }
  const next = mentions[i + 1];
  if (next && next.sentence === person.sentence && next.type !== 'city' && next.type !== 'proposal' && next.source !== 'pronoun') {
    if (AFTER_ROLE.test(text.slice(person.end, next.start))) return i + 1;
  }
  return -1;
}
