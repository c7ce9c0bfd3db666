// Reads the TABARI/PETRARCH actor dictionary format shared by Phoenix.Countries,
// Phoenix.International and Phoenix.MilNonState: a name line, `+` alias lines, then
// `[CODE dates]` lines ("VLADIMIR_PUTIN_ … +PUTIN_ … [RUSGOV >080508]"); `#` starts a comment.

/** One `[CODE dates]` of an actor: "RUSGOV 991231-080507" → { code: 'RUSGOV', from: '1999-12-31', to: '2008-05-07' }. */
export interface ActorCode {
  code: string;
  from?: string;
  to?: string;
}

export interface ActorRecord {
  /** The entry's name as written, words joined by `_` ("VLADIMIR_PUTIN_"). */
  name: string;
  aliases: string[];
  codes: ActorCode[];
  /** Comments on the entry's lines ("Foreign Minister"), which often say the role. */
  notes: string[];
  /** The last comment line standing alone above the entry in its country's block ("# United States Secretaries of Defense"). */
  section?: string;
  /** 1-based line of the name, for messages. */
  line: number;
}

const CODE = /\[([^\]]*)\]?/g;

/** "080507" → "2008-05-07", "19990101" → "1999-01-01"; two-digit years after 20 are 19xx. */
export function dictionaryDate(raw: string): string | undefined {
  const digits = raw.replace(/\D/g, '');
  if (digits.length >= 8) return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`; // "201005011" is a typo of 2010-05-01
  if (digits.length !== 6) return undefined;
  // the dictionaries were made in 2014–2016: "450412" is 1945, "140608" is 2014
  const yy = Number(digits.slice(0, 2));
  return `${yy > 20 ? 19 : 20}${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4)}`;
}

/** "RUSGOV 991231-080507", "RUSGOV >080508", "RUSGOV <900101", "IGOUNO" → an ActorCode. */
function parseCode(body: string): ActorCode | undefined {
  const [code, range = ''] = body.trim().split(/\s+/, 2);
  if (!code || !/^[A-Z~-]+$/.test(code) || /^-+$/.test(code)) return undefined;
  if (range.startsWith('>')) return { code, from: dictionaryDate(range.slice(1)) };
  if (range.startsWith('<')) return { code, to: dictionaryDate(range.slice(1)) };
  const [from, to] = range.split('-');
  return { code, from: from ? dictionaryDate(from) : undefined, to: to ? dictionaryDate(to) : undefined };
}

/** A phrase as the dictionary writes it: underscores and runs of spaces are one `_`. */
const phrase = (text: string): string => text.trim().replace(/\s+/g, '_');

/**
 * Every entry of an actor dictionary, in file order.
 * @example parseActorDictionary('PUTIN_\n+VLADIMIR_PUTIN\n\t[RUSGOV >080508]')[0].codes[0].code // → 'RUSGOV'
 */
export function parseActorDictionary(text: string): ActorRecord[] {
  const records: ActorRecord[] = [];
  let current: ActorRecord | undefined;
  let section: string | undefined;
  let joined = false; // the previous line was a name or alias line (no blank line since)
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '');
    if (!line.trim()) {
      if (/^#\s*[A-Z]/.test(raw) && !/^#\s*(http|Copyright|The MIT)/.test(raw)) section = raw.replace(/^#\s*/, '').trim();
      joined = !raw.trim() ? false : joined;
      return;
    }
    const codes = [...line.matchAll(CODE)].map((m) => parseCode(m[1])).filter((c): c is ActorCode => !!c);
    const words = line.replace(CODE, ' ').trim();
    if (/^\s/.test(line) && !words) {
      current?.codes.push(...codes); // "\t[RUSGOV >080508]"
    } else if (words.startsWith('+')) {
      const aliases = words.split('+').map(phrase).filter(Boolean); // "+A_+B_" is two aliases
      current?.aliases.push(...aliases);
      current?.codes.push(...codes);
    } else if (words && !words.startsWith('-') && !words.startsWith('&')) {
      // name lines in a row before any code are one entry's names ("BORIS_YELTSIN_" / "YELTSIN" / [RUSGOV …])
      if (current && joined && !current.codes.length) {
        current.aliases.push(phrase(words));
        current.codes.push(...codes);
      } else {
        if (codes.some((c) => /^[A-Z]{3}$/.test(c.code) && !c.from)) section = undefined; // "RUSSIAN_FEDERATION_ [RUS]" opens a country
        current = { name: phrase(words), aliases: [], codes, notes: [], section, line: i + 1 };
        records.push(current);
      }
    }
    const note = /#\s*(.*?)\s*$/.exec(raw)?.[1];
    if (note && current && (/^\s/.test(line) || words)) current.notes.push(note);
    joined = !/^\s/.test(line);
  });
  return records;
}
