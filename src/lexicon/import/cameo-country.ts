// CAMEO actor codes start with a country: ISO 3166 alpha-3 ("RUSGOV" → RU) with a few
// CAMEO spellings of their own ("KSVREB" → XK). Regional and international prefixes
// (IGO, IMG, MEA, SAS, WEU…) name no home country and give undefined.
import { createRequire } from 'node:module';

interface Country { cca2: string; cca3: string }

/** CAMEO country codes that are not ISO alpha-3. */
const CAMEO_ONLY: Record<string, string> = { KSV: 'XK', SRP: 'RS', SCG: 'RS', FRY: 'RS', ROM: 'RO', ZAR: 'CD', TMP: 'TL' };

let byAlpha3: Map<string, string> | undefined;

/** ISO alpha-2 codes of every country the gazetteer knows. */
export function isoCountries(): Set<string> {
  return new Set(alpha3().values());
}

function alpha3(): Map<string, string> {
  byAlpha3 ??= new Map((createRequire(import.meta.url)('world-countries') as Country[]).map((c) => [c.cca3, c.cca2]));
  return byAlpha3;
}

/** @example cameoCountry('RUSGOV') // → 'RU'; cameoCountry('IGOUNO') // → undefined */
export function cameoCountry(code: string): string | undefined {
  const prefix = code.slice(0, 3);
  return CAMEO_ONLY[prefix] ?? alpha3().get(prefix);
}
