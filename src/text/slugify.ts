// Stable ASCII slugs for node keys: "Khalifa Haftar" → "khalifa-haftar".
import { foldText } from './normalize-name.ts';

/** @example slugify('Cairo Declaration (2020-06-06)') // → 'cairo-declaration-2020-06-06' */
export function slugify(text: string): string {
  return foldText(text).replace(/[\u2019']s\b/g, 's').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'x';
}
