// Normalises a name for comparison: accents and case folded, curly quotes straightened,
// possessive and punctuation dropped, leading "the" and titles removed.
// "Gen. Khalifa Haftar's" → "khalifa haftar"; "the UAE" → "uae"; "Foreign Minister Mevlut
// Cavusoglu" → "mevlut cavusoglu"; but "Minister of Interior" stays (a title is only dropped before a name).

const TITLES = ['field marshal', 'brigadier general', 'major general', 'prime minister', 'foreign minister', 'interior minister',
  'defence minister', 'defense minister', 'minister', 'president', 'general', 'gen', 'mr', 'dr', 'sheikh', 'marshal',
  'colonel', 'col', 'brig', 'pm'];

/** Folds accents and case: "Çavuşoğlu" → "cavusoglu". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[ıİ]/g, 'i').toLowerCase();
}

/** @example normalizeName("the Government of National Accord's") // → "government of national accord" */
export function normalizeName(text: string): string {
  let out = foldText(text).replace(/[\u2019\u2018`]/g, "'").replace(/'s\b/g, '');
  out = out.replace(/[^a-z0-9+]+/g, ' ').trim();
  let changed = true;
  while (changed) {
    changed = false;
    for (const prefix of ['the', ...TITLES]) {
      const rest = out.slice(prefix.length + 1);
      if (out.startsWith(prefix + ' ') && rest && !rest.startsWith('of ')) {
        out = rest;
        changed = true;
      }
    }
  }
  return out;
}
