// Validates request input at the edge with zod; a failure becomes InvalidInputError
// (400) naming the parameter, e.g. `GET /api/paths: "to" is required`.
import type { z } from 'zod';
import { InvalidInputError } from '../errors.ts';

/** @example const q = parseInput(pathsQuery, req.query, 'GET /api/paths') */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const name = i.path.join('.');
    return name ? `"${name}": ${i.message}` : i.message;
  });
  throw new InvalidInputError(`${where}: ${problems.join('; ')}.`, { issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
}
