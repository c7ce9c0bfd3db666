// Comparison keys for names, so that "Hafter", "Heftar" and "Khalifa Haftar" meet, and
// "Sirt" meets "Sirte". Used by search and name resolution; the graph is never changed.

export interface NameKeys {
  /** Lower case, no accents or punctuation, no titles, no leading "the", no trailing "'s". */
  norm: string;
  /** Content tokens of `norm` (articles such as "al" dropped). */
  tokens: string[];
  /** Consonant skeleton of each token: "haftar"/"hafter"/"heftar" → "hftr". */
  skeletons: string[];
  /** The skeletons joined by spaces, precomputed for whole-name comparison. */
  skeleton: string;
}

const TITLES = /\b(gen|general|field marshal|marshal|president|prime minister|foreign minister|minister|mr|dr|sheikh)\b\.?\s+/g;
const STOP = new Set(['al', 'el', 'the', 'of', 'and', 'for', 'de']);

/** "tarhunah" → "trhn", "al-jafra" → "jfr": first letter kept, later vowels dropped, doubles merged. */
function skeleton(token: string): string {
  const t = token
    .replace(/^(al|el)(?=[a-z]{3})/, '')
    .replace(/kh/g, 'k').replace(/q/g, 'k').replace(/ph/g, 'f').replace(/ou/g, 'u').replace(/(?<=[aeiou])h$/, '');
  const rest = t.slice(1).replace(/[aeiouy]/g, '');
  return (t[0] + rest).replace(/(.)\1+/g, '$1');
}

/**
 * @example nameKeys("Gen. Khalifa Haftar's") // → {norm: 'khalifa haftar', tokens: ['khalifa','haftar'], skeletons: ['klf','hftr']}
 */
export function nameKeys(name: string): NameKeys {
  const norm = name
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(TITLES, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
  const tokens = norm.split(' ').filter((t) => t && !STOP.has(t));
  const skeletons = tokens.map(skeleton);
  return { norm, tokens, skeletons, skeleton: skeletons.join(' ') };
}
