// agents.json from Phoenix.agents.txt plus agents.manual.json: the generic words that
// describe a party without naming it ("the rebels", "troops", "the junta"), by role, in
// singular and plural, and the adjectives that put a group on the government's side or
// the opposition's ("pro-government", "loyalist" vs "rebel", "separatist").
import type { AgentRecord } from './parse-agents.ts';

export interface AgentsManual {
  /** CAMEO role code → this project's role ("REB" → "rebels"); codes not listed are left out. */
  roles: Record<string, string>;
  /** Words added by hand, by role. */
  add: Record<string, string[]>;
  /** Words left out: equipment, ranks and words that mislead in news text ("deputy", "chamber"). */
  exclude: string[];
  /** Regular expressions of words left out ("missile", "aircraft"). */
  excludePatterns: string[];
  sides: { government: string[]; opposition: string[] };
}

export interface AgentsFile {
  roles: Record<string, string[]>;
  sides: { government: string[]; opposition: string[] };
}

/** A word fit to describe a party: short, no digits or abbreviations, not excluded. */
function fit(word: string, exclude: Set<string>, patterns: RegExp[]): boolean {
  return word.split(' ').length <= 3 && !/[\d./()]/.test(word) && !exclude.has(word) && !patterns.some((p) => p.test(word));
}

/**
 * @example buildAgents(parseAgents('REBEL [~REB]'), manual).roles.rebels // → ['rebel', 'rebels', …]
 */
export function buildAgents(records: AgentRecord[], manual: AgentsManual): AgentsFile {
  const exclude = new Set(manual.exclude.map((w) => w.toLowerCase()));
  const patterns = manual.excludePatterns.map((p) => new RegExp(p, 'i'));
  const roles = new Map<string, Set<string>>();
  const add = (role: string, word: string) => {
    if (!roles.has(role)) roles.set(role, new Set());
    roles.get(role)!.add(word);
  };
  for (const r of records) {
    const role = manual.roles[r.role];
    if (!role) continue;
    for (const form of [r.singular, r.plural]) if (form && fit(form, exclude, patterns)) add(role, form.replace(/_/g, ' '));
  }
  for (const [role, words] of Object.entries(manual.add)) for (const w of words) add(role, w.toLowerCase());
  const sorted = Object.fromEntries([...roles].sort(([a], [b]) => a.localeCompare(b)).map(([role, set]) => [role, [...set].sort()]));
  return { roles: sorted, sides: { government: [...manual.sides.government].sort(), opposition: [...manual.sides.opposition].sort() } };
}
