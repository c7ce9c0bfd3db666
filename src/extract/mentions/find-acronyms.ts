// Acronyms an article defines for names the lexicon does not know: "the paramilitary
// Rapid Support Forces (RSF)" makes every later "RSF" a mention of that organisation.
import type { Mention } from '../pipeline-types.ts';

type Draft = Omit<Mention, 'id'>;

const DEFINITION = /^\s*\(([A-Z][A-Za-z0-9]{1,7})\)/;

/** The capitals of a name, for a loose check that the acronym belongs to it. */
const initials = (name: string) => name.split(/[\s-]+/).filter((w) => /^[A-Z0-9]/.test(w)).map((w) => w[0]).join('');

/** New drafts for the uses of acronyms defined after a typed name; `canonical` names the full form. */
export function findAcronyms(drafts: Draft[], text: string, sentenceOf: (offset: number) => number): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.source !== 'name' || d.kind === 'untyped' || d.kind === 'person') continue;
    const def = DEFINITION.exec(text.slice(d.end, d.end + 12));
    if (!def) continue;
    const acronym = def[1];
    const letters = acronym.replace(/[^A-Z]/g, '');
    if (!letters || !initials(d.text).includes(letters[0]) || letters.length > initials(d.text).length + 1) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = m.index!;
      const end = start + acronym.length;
      if (drafts.some((x) => x.start < end && start < x.end) || out.some((x) => x.start === start)) continue;
      out.push({ ...d, start, end, text: acronym, sentence: sentenceOf(start), canonical: d.text });
    }
  }
  return out;
}
