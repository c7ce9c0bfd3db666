// score.py's `alias_index()`: normalised label or alias → the gold ids that carry it.
// An alias shared by two ids maps to both, and then to neither (ambiguous).
import { normaliseName } from './normalise-name.ts';

/** @example aliasIndex({ haftar: { label: 'Khalifa Haftar', aliases: ['LNA'] } }).get('lna') → Set {'haftar'} */
export function aliasIndex(items: Record<string, { label: string; aliases?: string[] }>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const [id, item] of Object.entries(items)) {
    for (const alias of [item.label, ...(item.aliases ?? [])]) {
      const key = normaliseName(alias);
      if (!index.has(key)) index.set(key, new Set());
      index.get(key)!.add(id);
    }
  }
  return index;
}
