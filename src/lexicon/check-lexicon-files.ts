// The rules the generated lexicon files keep (zod schemas plus cross-entry checks): unique
// ids, valid ISO codes and roles, no alias two entries share unless the file lists it as
// ambiguous (actors.json included), and no alias the matcher would fire on everywhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { aliasKey, aliasProblem } from './alias-problem.ts';
import { isoCountries } from './import/cameo-country.ts';

const alias = z.string().min(2);
export const worldFileSchema = z.object({
  ambiguous: z.array(z.string()),
  entities: z.array(z.object({
    id: z.string().regex(/^[a-z0-9_]+$/), label: z.string().min(2),
    kind: z.enum(['armed-group', 'government', 'military', 'legislature', 'organisation', 'coalition']),
    country: z.string().regex(/^([A-Z]{2})?$/), aliases: z.array(alias).min(1),
  }).strict()),
});
export const leadersFileSchema = z.object({
  ambiguous: z.array(z.string()),
  leaders: z.array(z.object({
    id: z.string().regex(/^[a-z0-9_]+$/), label: z.string().min(2), aliases: z.array(alias).min(1),
    country: z.string().regex(/^([A-Z]{2})?$/), org: z.string().optional(),
    role: z.enum(['head-of-state', 'head-of-government', 'foreign-minister', 'defence-minister', 'commander', 'official']),
    from: z.string().regex(/^\d{4}$/).optional(), to: z.string().regex(/^\d{4}$/).optional(),
    surname: z.string().optional(), surnameOk: z.boolean(),
  }).strict()),
});
const words = z.array(z.string().regex(/^[a-z][a-z' -]*$/)).min(1);
export const agentsFileSchema = z.object({ roles: z.record(z.string(), words), sides: z.object({ government: words, opposition: words }) });
const trigger = z.object({ lemma: z.string().regex(/^[a-z][a-z' -]*$/), code: z.string().regex(/^\d{3,4}$/), object: z.array(z.string()).optional(), manual: z.literal(true).optional() }).strict();
export const triggersFileSchema = z.object(Object.fromEntries(['supports', 'endorses', 'proposes', 'rejects', 'gains', 'loses'].map((c) => [c, z.array(trigger).min(1)])));

const read = (dir: string, name: string): any => JSON.parse(readFileSync(join(dir, name), 'utf8'));

/**
 * Every rule the lexicon folder breaks, as one line each; empty when all hold.
 * @example checkLexiconFiles('data/lexicon') // → []
 */
export function checkLexiconFiles(dir: string): string[] {
  const problems: string[] = [];
  const parse = (schema: z.ZodType, name: string) => {
    const r = schema.safeParse(read(dir, name));
    if (!r.success) problems.push(...r.error.issues.slice(0, 5).map((i) => `${name}: ${i.path.join('.')}: ${i.message}`));
    return r.success ? (r.data as any) : undefined;
  };
  const world = parse(worldFileSchema, 'world.json');
  const leaders = parse(leadersFileSchema, 'leaders.json');
  parse(agentsFileSchema, 'agents.json');
  parse(triggersFileSchema, 'cameo-triggers.json');
  if (!world || !leaders) return problems;
  const iso = isoCountries();
  const ambiguous = new Set([...world.ambiguous, ...leaders.ambiguous].map(aliasKey));
  const owner = new Map<string, string>();
  for (const e of read(dir, 'actors.json').entities) for (const a of [e.label, ...(e.aliases ?? [])]) owner.set(aliasKey(a), `actors.json ${e.id}`);
  const ids = new Set<string>();
  const entries = [...world.entities.map((e: any) => ['world.json', e]), ...leaders.leaders.map((l: any) => ['leaders.json', l])];
  for (const [file, e] of entries) {
    if (ids.has(e.id)) problems.push(`${file}: duplicate id ${e.id}`);
    ids.add(e.id);
    if (e.country && !iso.has(e.country)) problems.push(`${file}: ${e.id}: ${e.country} is no ISO 3166 alpha-2 code`);
    for (const a of new Set<string>(e.aliases.map(aliasKey))) {
      const had = owner.get(a);
      if (had && had !== `${file} ${e.id}` && !ambiguous.has(a)) problems.push(`${file}: ${e.id}: alias "${a}" is also ${had}`);
      owner.set(a, had ?? `${file} ${e.id}`);
    }
    for (const a of e.aliases) if (aliasProblem(a)) problems.push(`${file}: ${e.id}: alias "${a}" is a ${aliasProblem(a)}`);
    if (file === 'leaders.json' && e.surname && e.aliases.includes(e.surname) !== e.surnameOk) problems.push(`${file}: ${e.id}: surname alias and surnameOk disagree`);
  }
  return problems;
}
