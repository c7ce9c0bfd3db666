// score.py's `map_entity()`: an actor/backer/city node → one gold entity id, by its label
// if that names exactly one entity, else by its aliases if together they name exactly one.
import { asList } from './as-list.ts';
import { normaliseName } from './normalise-name.ts';
import { pyOr } from './py-or.ts';

/** @example mapEntity({ label: 'Gen. Haftar' }, index) === 'haftar' */
export function mapEntity(attrs: Record<string, unknown>, index: Map<string, Set<string>>): string | null {
  const hit = index.get(normaliseName(pyOr(attrs.label, attrs.name, '')));
  if (hit && hit.size === 1) return [...hit][0];
  const found = new Set<string>();
  for (const alias of asList(attrs.aliases)) {
    for (const id of index.get(normaliseName(alias)) ?? []) found.add(id);
  }
  return found.size === 1 ? [...found][0] : null;
}
