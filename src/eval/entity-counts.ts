// score.py's entity figures: gold entities named by required relations and whether some
// node maps to them, gold ids several nodes map to (duplicates), and how many mapped
// entity nodes carry the gold type.
import { compareCodePoints } from './compare-code-points.ts';
import { nodeType } from './node-type.ts';
import type { EvalGraph, Gold, GoldRelation, NodeMapping, ScoreResult } from './types.ts';

/** @example entityCounts(graph, gold, mapping, scope.required).found */
export function entityCounts(graph: EvalGraph, gold: Gold, mapping: NodeMapping, required: GoldRelation[]): ScoreResult['entities'] {
  const wanted = new Set<string>();
  for (const g of required) for (const id of [...g.s, ...g.t]) if (Object.hasOwn(gold.entities, id)) wanted.add(id);
  const mappedTo = new Map<string, string[]>();
  for (const [key, id] of mapping) {
    if (!id) continue;
    if (!mappedTo.has(id)) mappedTo.set(id, []);
    mappedTo.get(id)!.push(key);
  }
  const found = [...wanted].filter((id) => mappedTo.has(id));
  const duplicated = [...mappedTo].filter(([, keys]) => keys.length > 1).sort(([a], [b]) => compareCodePoints(a, b));
  const typed = [...mapping].filter(([, id]) => id !== null && Object.hasOwn(gold.entities, id));
  return {
    wanted: wanted.size,
    found: found.length,
    missing: [...wanted].filter((id) => !mappedTo.has(id)).sort(compareCodePoints),
    duplicated: Object.fromEntries(duplicated.map(([id, keys]) => [id, keys.length])),
    typed: typed.length,
    type_correct: typed.filter(([key, id]) => nodeType(graph.nodes.get(key)!) === gold.entities[id!].type).length,
  };
}
