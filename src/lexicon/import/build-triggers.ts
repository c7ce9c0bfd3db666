// cameo-triggers.json from CAMEO.2.0.txt plus cameo-triggers.manual.json: verb lemmas and
// verb phrases ("call for", "walk out of", "declare" + ceasefire) whose CAMEO codes map to
// this project's relations (codes and blocks → category in the manual file), less the
// lemmas that would mislead in news text, which the manual file lists with its reasons.
import type { CameoDictionary } from './parse-cameo-verbs.ts';

export type TriggerCategory = 'supports' | 'endorses' | 'proposes' | 'rejects' | 'gains' | 'loses';
export const TRIGGER_CATEGORIES: TriggerCategory[] = ['supports', 'endorses', 'proposes', 'rejects', 'gains', 'loses'];

export interface Trigger {
  lemma: string;
  code: string;
  /** Head nouns the verb needs to carry this code ("declare" + ceasefire, truce …). */
  object?: string[];
  /** Added by hand (cameo-triggers.manual.json), not read from CAMEO. */
  manual?: true;
}

export interface TriggersManual {
  /** CAMEO code prefix → category, the longest prefix wins ("0871" before "08"). */
  codes: Record<string, TriggerCategory | null>;
  /** Verb block → category, before the codes ("RETREAT" → loses). */
  blocks: Record<string, TriggerCategory | null>;
  /** Lemmas left out of a category (or of all, under "*"). */
  exclude: Record<string, string[]>;
  /** A pattern with an object is kept only when one of its nouns is listed for the category ("talks", "truce"). */
  objects: Partial<Record<TriggerCategory, string[]>>;
  /** Triggers added by hand. */
  add: Partial<Record<TriggerCategory, Trigger[]>>;
}

const PARTICLES = new Set(['down', 'out', 'off', 'away', 'up', 'back', 'in', 'on', 'for', 'from', 'of', 'with', 'to', 'over', 'against', 'into', 'through', 'by']);

/** "out (of summit)" → { particles: ['out', 'of'], object: ['summit'] }; undefined when the rest is not one noun, set or {phrase}. */
function splitAfter(after: string, sets: Map<string, string[]>): { particles: string[]; object?: string[] } | undefined {
  const tokens = after.replace(/[()]/g, ' ').replace(/\{([^}]*)\}/g, (_, p: string) => p.trim().replace(/\s+/g, '_')).split(/\s+/).filter(Boolean);
  const particles: string[] = [];
  while (tokens.length && PARTICLES.has(tokens[0])) particles.push(tokens.shift()!);
  if (!tokens.length) return { particles };
  if (tokens.length > 1) return undefined;
  const [noun] = tokens;
  const object = noun.startsWith('&') ? sets.get(noun.slice(1)) : [noun.replace(/_/g, ' ')];
  return object?.length ? { particles, object: [...new Set(object.map((o) => o.replace(/_/g, ' ')))] } : undefined;
}

/**
 * @example buildTriggers(parseCameoVerbs(text), manual).proposes // → [{ lemma: 'declare', code: '0871', object: ['truce', …] }, …]
 */
export function buildTriggers(dict: CameoDictionary, manual: TriggersManual): Record<TriggerCategory, Trigger[]> {
  const prefixes = Object.keys(manual.codes).sort((a, b) => b.length - a.length);
  const categoryOf = (code: string, block = ''): TriggerCategory | null | undefined => {
    if (block in manual.blocks) return manual.blocks[block];
    const p = prefixes.find((x) => code.startsWith(x));
    return p === undefined ? undefined : manual.codes[p];
  };
  const out = Object.fromEntries(TRIGGER_CATEGORIES.map((c) => [c, new Map<string, Trigger>()])) as Record<TriggerCategory, Map<string, Trigger>>;
  const excluded = (cat: TriggerCategory, lemma: string) => [...(manual.exclude[cat] ?? []), ...(manual.exclude['*'] ?? [])].includes(lemma);
  const relevant = (cat: TriggerCategory, object: string[]) => object.some((o) => (manual.objects[cat] ?? []).some((w) => o.split(/\s+/).includes(w) || o === w));
  const put = (cat: TriggerCategory | null | undefined, t: Trigger) => {
    if (!cat || excluded(cat, t.lemma) || (t.object && !t.manual && !relevant(cat, t.object))) return;
    const key = `${t.lemma}|${t.object?.join(',') ?? ''}`;
    if (!out[cat].has(key)) out[cat].set(key, t);
  };
  const blockOf = new Map(dict.verbs.map((v) => [v.lemma, v.block]));
  for (const v of dict.verbs) if (v.code) put(categoryOf(v.code, v.block), { lemma: v.lemma, code: v.code });
  for (const p of dict.patterns) {
    if (p.before) continue; // "- GROUP * (FROM)": a subject constraint we cannot use
    const split = splitAfter(p.after, dict.sets);
    if (!split || (!split.particles.length && !split.object)) continue;
    const lemma = [p.verb, ...split.particles].join(' ');
    // a pattern keeps the category of its code; its verb's block only decides bare verbs
    put(categoryOf(p.code, split.object ? '' : blockOf.get(p.verb)), { lemma, code: p.code, ...(split.object ? { object: split.object } : {}) });
  }
  for (const [cat, list] of Object.entries(manual.add)) for (const t of list ?? []) put(cat as TriggerCategory, { ...t, manual: true });
  return Object.fromEntries(TRIGGER_CATEGORIES.map((c) => [c, [...out[c].values()].sort((a, b) => a.lemma.localeCompare(b.lemma) || a.code.localeCompare(b.code))])) as Record<TriggerCategory, Trigger[]>;
}
