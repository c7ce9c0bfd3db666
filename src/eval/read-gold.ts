// Reads a gold file (data/eval/GUIDELINES.md, "Gold file format") from disk: a missing or
// unparsable file and one without the gold shape are each one InvalidInputError.
import { readFile } from 'node:fs/promises';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { checkGold } from './check-gold.ts';
import type { Gold } from './types.ts';

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
