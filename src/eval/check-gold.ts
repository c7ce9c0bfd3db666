// Checks that a parsed gold file has the shape of GUIDELINES.md ("Gold file format")
// before scoring, so that a bad gold file is one clear InvalidInputError rather than a
// TypeError deep inside the scorer (score.py would stop with a KeyError).
import { z } from 'zod';
import { InvalidInputError } from '../errors.ts';
import type { Gold } from './types.ts';

const ids = z.array(z.string());
const GoldSchema = z.looseObject({
  entities: z.record(z.string(), z.looseObject({ type: z.string(), label: z.string(), aliases: ids })),
  proposals: z.record(z.string(), z.looseObject({ label: z.string(), date: z.string(), proposers: ids, aliases: ids.optional() })),
  articles: z.record(z.string(), z.looseObject({ relations: z.array(z.looseObject({ s: ids, r: z.string(), t: ids })) })),
});

/** @example const gold = checkGold(JSON.parse(text), 'seeds.json') */
export function checkGold(value: unknown, file: string): Gold {
  const parsed = GoldSchema.safeParse(value);
  if (parsed.success) return parsed.data as unknown as Gold;
  const issue = parsed.error.issues[0];
  throw new InvalidInputError(`eval: gold file "${file}" is not in the format of GUIDELINES.md: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
