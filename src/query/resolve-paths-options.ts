// Options of `paths` with their defaults and bounds. Out-of-range values are refused
// (not silently clamped) so a caller learns the limit instead of getting a surprise.
import { InvalidInputError } from '../errors.ts';
import { RELATIONS, type Relation } from '../types.ts';

export interface PathsOptions {
  /** Relations a hop may use; default all. */
  relations?: Relation[];
  /** Longest path in hops, 1..6. */
  maxLength: number;
  /** Most paths returned, 1..1000. */
  limit: number;
  /** Follow edges only from source to target. Default false: "how is X connected to Y". */
  directed: boolean;
  /** Wall-clock budget; the answer is marked truncated when it runs out. */
  timeoutMs: number;
}

export const DEFAULT_PATHS_OPTIONS: PathsOptions = { maxLength: 4, limit: 20, directed: false, timeoutMs: 1000 };
export const PATHS_BOUNDS = { maxLength: 6, limit: 1000, timeoutMs: 10_000 } as const;

const checkInt = (name: string, value: number, max: number) => {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidInputError(`query.paths: option "${name}" must be an integer from 1 to ${max} (got ${value}).`);
  }
};

/** @example resolvePathsOptions({ maxLength: 9 }) // throws InvalidInputError naming "maxLength" */
export function resolvePathsOptions(partial: Partial<PathsOptions> = {}): PathsOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const options = { ...DEFAULT_PATHS_OPTIONS, ...defined } as PathsOptions;
  checkInt('maxLength', options.maxLength, PATHS_BOUNDS.maxLength);
  checkInt('limit', options.limit, PATHS_BOUNDS.limit);
  checkInt('timeoutMs', options.timeoutMs, PATHS_BOUNDS.timeoutMs);
  const bad = options.relations?.find((r) => !RELATIONS.includes(r));
  if (bad) throw new InvalidInputError(`query.paths: unknown relation "${bad}" (expected ${RELATIONS.join(', ')}).`);
  return options;
}
