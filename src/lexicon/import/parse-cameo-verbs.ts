// Reads CAMEO.2.0.txt, the PETRARCH verb dictionary: `&NAME` synonym sets of `+WORD`
// lines, then blocks `--- NAME [code] ---` of verbs ("ENDORSE [051]", "+SIDE_WITH",
// "DEAL {DEALS DEALING DEALT}") and patterns ("- * &CEASEFIRE [0871] # DECLARE", where `*`
// is the verb, `&SET` a synonym set, `{A B}` one phrase and `(PREP …)` a prepositional phrase).

export interface CameoVerb {
  /** Lower-case lemma; multiword verbs joined by spaces ("side with"). */
  lemma: string;
  /** The verb's own code, else its block's; undefined for `---`. */
  code?: string;
  block: string;
}

export interface CameoPattern {
  /** The verb the pattern belongs to (its `# VERB` comment), lower case. */
  verb: string;
  /** Words after the verb, lower case, `&SET` and brackets kept ("away (from)", "&ceasefire"). */
  after: string;
  /** True when words stand before the verb ("- GROUP * (FROM)"): a subject constraint. */
  before: boolean;
  code: string;
}

export interface CameoDictionary {
  sets: Map<string, string[]>;
  verbs: CameoVerb[];
  patterns: CameoPattern[];
}

/** "[042:043]" → "042"; "[080!]" → "080"; "[---]" and "[:0874]" → undefined. */
function codeOf(text: string): string | undefined {
  const raw = /\[([^\]]*)\]/.exec(text)?.[1]?.split(':')[0].replace(/[^0-9]/g, '');
  return raw ? raw : undefined;
}

const lower = (w: string): string => w.replace(/^\+/, '').replace(/_+$/, '').replace(/_/g, ' ').toLowerCase().trim();

/**
 * @example parseCameoVerbs('####### VERB PATTERNS #######\n---  SUPPORT   [050]  ---\nENDORSE [051]').verbs[0] // → { lemma: 'endorse', code: '051', block: 'SUPPORT' }
 */
export function parseCameoVerbs(text: string): CameoDictionary {
  const out: CameoDictionary = { sets: new Map(), verbs: [], patterns: [] };
  let inVerbs = false;
  let set: string | undefined;
  let block = '';
  let blockCode: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (/^#+\s*VERB PATTERNS/.test(raw)) { inVerbs = true; continue; }
    const comment = /#\s*(.*)$/.exec(raw)?.[1] ?? '';
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) { set = undefined; continue; }
    if (!inVerbs) {
      if (line.startsWith('&')) set = line.slice(1).replace(/_+$/, '').toLowerCase();
      else if (set && line.startsWith('+')) out.sets.set(set, [...(out.sets.get(set) ?? []), lower(line)]);
      continue;
    }
    const header = /^---\s+(.+?)\s+\[([^\]]*)\]\s+---/.exec(line);
    if (header) { block = header[1]; blockCode = codeOf(`[${header[2]}]`); continue; }
    if (line.startsWith('-')) {
      const body = line.slice(1).replace(/\[[^\]]*\]/, '').trim();
      const code = codeOf(line);
      const star = body.indexOf('*');
      const verb = lower(comment.split(/[,\s]{2,}|,/)[0] ?? '').split(/\s+/).join(' ');
      if (code && star >= 0 && verb) {
        out.patterns.push({ verb, code, before: /[A-Za-z&{]/.test(body.slice(0, star).replace(/[$+%]/g, '')), after: body.slice(star + 1).replace(/[$%]|(^|\s)\+(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() });
      }
      continue;
    }
    const verb = /^(\+?[A-Z][A-Z_'-]*\+?)\s*(?:\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(line);
    if (verb) out.verbs.push({ lemma: lower(verb[1].replace(/\+$/, '')), code: verb[2] ? codeOf(verb[2]) : blockCode, block });
  }
  return out;
}
