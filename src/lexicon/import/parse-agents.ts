// Reads Phoenix.agents.txt: generic agent words with a CAMEO role ("REBEL [~REB]",
// "MILITIAMAN [~UAF]"), an irregular plural in braces ("LAWMAN {LAWMEN}"), `{}` for a
// word with no plural ("POLICE {}"), and macros such as !PERSON! = MAN, MEN, WOMAN…

export interface AgentRecord {
  /** Lower-case words, singular ("armed rebel"). */
  singular: string;
  /** Lower-case plural, or undefined when the word has none ("police"). */
  plural?: string;
  /** The role code without `~` ("REB", "GOVMIL"). */
  role: string;
}

/** Regular English plural, as PETRARCH 0.5 makes it: rebel → rebels, militia → militias, authority → authorities. */
export function regularPlural(words: string): string {
  if (/[^aeiou]y$/.test(words)) return `${words.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z)$/.test(words)) return `${words}es`;
  if (/man$/.test(words)) return `${words.slice(0, -3)}men`;
  return `${words}s`;
}

const words = (raw: string): string => raw.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Every agent line, with macros expanded ("FIRE!PERSON!" → "fireman", "firemen", …).
 * @example parseAgents('LAWMAN {LAWMEN} [~COP]')[0] // → { singular: 'lawman', plural: 'lawmen', role: 'COP' }
 */
export function parseAgents(text: string): AgentRecord[] {
  const macros = new Map<string, string[]>();
  const out: AgentRecord[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const macro = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(macro[1], macro[2].split(',').map((w) => w.trim()).filter(Boolean));
      continue;
    }
    const m = /^(.+?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]/.exec(line);
    if (!m) continue;
    const [, phrase, plural, role] = m;
    const name = /!([A-Z]+)!/.exec(phrase)?.[1];
    if (name && macros.has(name)) {
      // "FIRE!PERSON!" → fireman/firemen, firewoman/firewomen, fireperson: the macro lists singular, plural pairs
      for (const form of macros.get(name)!) out.push({ singular: words(phrase.replace(`!${name}!`, form)), role });
      continue;
    }
    if (/!/.test(phrase)) continue;
    out.push({ singular: words(phrase), plural: plural === undefined ? regularPlural(words(phrase)) : plural.trim() ? words(plural) : undefined, role });
  }
  return out;
}
