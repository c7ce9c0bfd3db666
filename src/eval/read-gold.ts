// Reads and checks a gold file (data/eval/GUIDELINES.md, "Gold file format") before any
// scoring, so a bad gold file is one clear error naming the field rather than a TypeError
// deep inside the scorer: a missing file is NotFoundError, anything else InvalidInputError.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { RELATIONS, type Gold } from './types.ts';

const ids = z.array(z.string());
const GoldSchema = z.looseObject({
  entities: z.record(z.string(), z.looseObject({ type: z.string(), label: z.string(), aliases: ids })),
  proposals: z.record(z.string(), z.looseObject({ label: z.string(), date: z.string(), proposers: ids, aliases: ids.optional() })),
  articles: z.record(z.string(), z.looseObject({
    relations: z.array(z.looseObject({ s: ids, r: z.enum(RELATIONS), t: ids, optional: z.boolean().optional() })),
  })),
});

/** @example const gold = checkGold(JSON.parse(text), 'gold.json') */
export function checkGold(value: unknown, file: string): Gold {
  const parsed = GoldSchema.safeParse(value);
  if (parsed.success) return parsed.data as unknown as Gold;
  const issue = parsed.error.issues[0];
  throw new InvalidInputError(`eval: gold file "${file}" is not in the format of GUIDELINES.md: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** @example const gold = await readGold('data/eval/dev/gold.json') */
export async function readGold(file: string): Promise<Gold> {
  let gold: unknown;
  try {
    gold = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`eval: gold file "${file}" not found.`);
    throw new InvalidInputError(`eval: cannot read gold file "${file}": ${(error as Error).message}`);
  }
  return checkGold(gold, file);
}
