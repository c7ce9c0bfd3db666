// Zod pieces shared by the routes: comma-separated lists of node types or relations,
// bounded integers from query strings, booleans written as true/false.
import { z } from 'zod';
import { NODE_TYPES, RELATIONS, type NodeType, type Relation } from '../types.ts';

const list = <T extends string>(values: readonly T[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values as [T, ...T[]]), { error: `expected a comma-separated list of ${values.join(', ')}` }));

export const nodeTypes = list<NodeType>(NODE_TYPES).optional();
export const relations = list<Relation>(RELATIONS).optional();

/** An integer from a query string, within bounds. */
export const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** A required, non-blank string parameter. */
export const text = (max = 500) => z.string({ error: 'is required' }).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
