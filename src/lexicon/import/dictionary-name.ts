// Turns a dictionary phrase into press spelling: "OMAR_HASSAN_AHMAD_AL_BASHIR_" →
// "Omar Hassan Ahmad al-Bashir", "BAN_KI-MOON" → "Ban Ki-moon", "HAYAT_TAHRIR_AL-SHAM" →
// "Hayat Tahrir al-Sham"; acronyms in brackets are split off ("ISLAMIC_ARMY_OF_ADEN_(IAA)_").
import { commonWords } from '../alias-problem.ts';

/** Lower-case particles inside names and titles. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'del', 'di', 'du', 'dos', 'das', 'van', 'von', 'der', 'la', 'le',
  'of', 'the', 'and', 'for', 'in', 'on', 'to', 'at', 'e', 'ul', 'wa', 'y', 'et']);
/** Arabic article glued to the next word: "AL_BASHIR" → "al-Bashir". */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'az', 'ud', 'ul']);

/** Hyphenated particles: "LASHKAR-E-TAIBA" → "Lashkar-e-Taiba", "HIZB-UT-TAHRIR" → "Hizb-ut-Tahrir". */
const SMALL = new Set(['e', 'i', 'ul', 'ut', 'ud', 'al', 'el', 'wal']);

const capital = (w: string): string => {
  if (/^mc./.test(w)) return `Mc${w[2].toUpperCase()}${w.slice(3)}`;
  if (/^o'./.test(w)) return `O'${w[2].toUpperCase()}${w.slice(3)}`;
  return w.charAt(0).toUpperCase() + w.slice(1);
};

/** One word: "KI-MOON" → "Ki-moon", "AL-SHAM" → "al-Sham", "NATO" stays when `keepCaps`. */
function word(raw: string, first: boolean, keepCaps: boolean): string {
  const lower = raw.toLowerCase();
  // "PKK", "HTS", "ETA" stay acronyms; "ARMY", "FRONT", "OF" are words
  if (keepCaps && /^[A-Z0-9.&+]+$/.test(raw) && !PARTICLES.has(lower) && !/\d/.test(raw) && (!/[AEIOU]/.test(raw) || (raw.length <= 3 && !commonWords().has(lower)))) return raw;
  const [head, ...rest] = lower.split('-');
  if (ARTICLES.has(head) && rest.length) return `${head}-${rest.map(capital).join('-')}`;
  if (!first && PARTICLES.has(lower)) return lower;
  // Korean-style given names keep one capital: "KI-MOON" → "Ki-moon"
  const tail = rest.map((r) => (SMALL.has(r) || (r.length <= 4 && head.length <= 3) ? r : capital(r)));
  return [capital(head), ...tail].join('-');
}

/** The words of a phrase with Arabic articles glued: ["AL", "BASHIR"] → ["AL-BASHIR"]. */
function glue(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (ARTICLES.has(w.toLowerCase()) && i + 1 < words.length) {
      out.push(`${w}-${words[++i]}`);
    } else out.push(w);
  }
  return out;
}

/**
 * Press spelling of a dictionary phrase, with any bracketed acronym split off.
 * @example dictionaryName('ISLAMIC_ARMY_OF_ADEN_(IAA)_') // → { name: 'Islamic Army of Aden', acronym: 'IAA' }
 */
export function dictionaryName(raw: string, keepCaps = false): { name: string; acronym?: string } {
  const acronym = /\(([A-Z0-9.&-]{2,10})\)/.exec(raw)?.[1];
  const bare = raw.replace(/\([^)]*\)/g, ' ').replace(/[_\s]+/g, ' ').replace(/\s*-\s*-\s*/g, ' - ').trim();
  const words = glue(bare.split(' ').filter((w) => w && w !== '-'));
  const name = words.map((w, i) => word(w, i === 0, keepCaps)).join(' ');
  return { name, acronym: acronym && /[A-Z]/.test(acronym) ? acronym : undefined };
}
