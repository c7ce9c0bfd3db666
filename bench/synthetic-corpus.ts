// Synthetic news articles about a Libya-like war for the extraction benchmark (issue 2)
// and the 10,000-article scale tests (issue 5): invented and real names, places, dates and
// the sentence shapes the extractor reads, plus filler. Deterministic from the seed.
import type { ArticleDoc } from '../src/types.ts';

export interface SyntheticOptions {
  actors: number;
  places: number;
  proposals: number;
  /** Words per article, inclusive range. */
  words: [number, number];
}

export const DEFAULT_SYNTHETIC_OPTIONS: SyntheticOptions = { actors: 500, places: 300, proposals: 100, words: [300, 600] };

type Rand = () => number;
type Pick = <T>(list: readonly T[]) => T;

/** sfc32 seeded by splitmix: a fast generator whose stream depends only on the seed. */
function seeded(seed: number): Rand {
  let s = seed >>> 0;
  const mix = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = Math.imul(s ^ (s >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let [a, b, c, d] = [mix(), mix(), mix(), 1];
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = ((c << 21) | (c >>> 11)) + t | 0;
    return (t >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'gh', 'h', 'j', 'k', 'kh', 'l', 'm', 'n', 'q', 'r', 's', 'sh', 't', 'w', 'z', 'z'];
const VOWELS = ['a', 'a', 'i', 'u', 'ou', 'e', 'ai'];
const CODAS = ['', '', 'r', 'n', 'l', 'm', 'd', 'b', 't'];
const FIRST = ['Ahmed', 'Ali', 'Omar', 'Salem', 'Khaled', 'Mustafa', 'Ibrahim', 'Osama', 'Fathi', 'Abdullah', 'Mahmoud', 'Youssef', 'Hamza', 'Nouri', 'Faraj', 'Mohamed', 'Saleh', 'Imad', 'Tarek', 'Walid'];
const TITLES = ['General', 'Colonel', 'Major General', 'Commander', 'spokesman', 'Interior Minister', 'Defence Minister', 'Foreign Minister', 'Brigadier'];
const UNITS = ['Brigade', 'Battalion', 'Forces', 'Militia', 'Operations Room', 'Shield', 'Rapid Intervention Force', 'Protection Force'];
const PROPOSAL_KINDS = ['Declaration', 'Initiative', 'Accord', 'Agreement', 'Roadmap', 'Plan'];
const REAL_ACTORS = ['Khalifa Haftar', 'the Government of National Accord', 'the GNA', 'the Libyan National Army', 'the LNA', 'Fayez al-Sarraj', 'Aguila Saleh', 'the House of Representatives', 'the Wagner Group', 'Fathi Bashagha', 'Abdul Hamid Dbeibah'];
const REAL_PLACES = ['Sirte', 'Jufra', 'Tarhuna', 'Gharyan', 'Misrata', 'Benghazi', 'Tripoli', 'Sabratha', 'Ajdabiya', 'Derna', 'Sabha', 'Ubari', 'Zawiya', 'Brega', 'Ras Lanuf', 'Al-Watiya', 'Ghadames', 'Kufra'];
const BACKERS = ['Turkey', 'Qatar', 'Egypt', 'the United Arab Emirates', 'the UAE', 'Russia', 'France', 'Italy', 'Jordan', 'Sudan', 'Chad', 'Saudi Arabia', 'Algeria', 'Tunisia', 'Greece', 'Germany', 'the United States', 'Britain', 'Malta', 'Niger'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// {A}/{A2} actors, {B}/{B2}/{B3} backers, {P} place, {Q} proposal, {N} person with title,
// {D} weekday, {T} full date, {K} a number. Facts first, then filler.
const SHAPES = [
  '{B}-backed forces of {A} advanced towards {P} on {D}.',
  '{A}, backed by {B} and {B2}, said it would not withdraw from {P}.',
  'Countries including {B}, {B2} and {B3} supported {A} during the offensive.',
  "{A} rejected {A2}'s call for a ceasefire, saying it was a ploy to regroup.",
  '{A} liberated the city of {P}, the last stronghold of {A2}, on {T}.',
  "Fighters remain in {P}, currently under {A}'s control, despite weeks of shelling.",
  '{A} proposed a ceasefire on {D}, a day after heavy clashes near {P}.',
  'The {Q} won support from {B} and {B2}.',
  '{B} and {B2} played a pivotal role in supporting {A} against {A2}.',
  'Backed by {B} and {B2}, {A} launched an offensive to take {P}.',
  '{N}, the spokesman for {A}, told a news conference on {D} that the {Q} was dead.',
  "{A} welcomed the {Q}, while {A2}'s allies poured cold water on the proposals.",
  '{A} has been backed by {B} since {T}.',
  '{P}, which was captured by {A} on {T}, has been quiet since.',
  'Mercenaries fighting alongside {A} were seen near {P}.',
  "{B} sent troops to support {A}, {N} said.",
  '{A2} will not accept the {Q}, according to {N}.',
];
const FILLER = [
  'The United Nations said humanitarian access to the area remained limited.',
  'Residents reported power cuts lasting up to {K} hours a day.',
  'Hospitals in the region said they were running short of fuel and medicine.',
  'More than {K} families have been displaced since the fighting began, aid groups said.',
  'Oil production fell to its lowest level in years as ports were blockaded.',
  'Talks between the rival delegations are expected to resume next month.',
  'The conflict has drawn in regional powers and foreign fighters.',
  'Analysts said the coming weeks would be decisive for the country.',
  'Journalists were not allowed to visit the front line independently.',
  'Prices of bread and cooking gas have more than doubled since {T}.',
];

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function pools(rand: Rand, pick: Pick, options: SyntheticOptions) {
  const word = (syllables: number) => {
    let w = '';
    for (let i = 0; i < syllables; i++) w += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
    return w[0].toUpperCase() + w.slice(1);
  };
  const unique = (n: number, make: () => string, seed: readonly string[]) => {
    const set = new Set(seed);
    for (let guard = 0; set.size < n && guard < n * 20; guard++) set.add(make());
    return [...set];
  };
  const places = unique(options.places, () => (rand() < 0.3 ? `${pick(['Bir', 'Wadi', 'Qasr', 'Ain', 'Ras'])} ${word(2)}` : word(2 + Math.floor(rand() * 2))), REAL_PLACES);
  const persons = unique(options.actors / 2, () => `${pick(FIRST)} ${rand() < 0.4 ? 'al-' : ''}${word(2 + Math.floor(rand() * 2))}`, ['Khalifa Haftar', 'Ahmed al-Mesmari']);
  const groups = unique(options.actors / 2, () => `the ${word(2)} ${pick(UNITS)}`, REAL_ACTORS);
  const proposals = unique(options.proposals, () => `${pick(places)} ${pick(PROPOSAL_KINDS)}`, ['Cairo Declaration', 'Berlin Process', 'Moscow Initiative']);
  return { places, persons, actors: [...groups, ...persons], proposals };
}

/**
 * `n` synthetic articles, the same for the same seed and options.
 * @example syntheticCorpus(2000, 1).length // → 2000
 */
export function syntheticCorpus(n: number, seed: number, partial: Partial<SyntheticOptions> = {}): ArticleDoc[] {
  const options = { ...DEFAULT_SYNTHETIC_OPTIONS, ...partial };
  const rand = seeded(seed);
  const pick: Pick = (list) => list[Math.floor(rand() * list.length)];
  const pool = pools(rand, pick, options);
  const docs: ArticleDoc[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2014 + Math.floor(rand() * 8);
    const [month, day] = [1 + Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)];
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    // "the Zala Forces's" → "the Zala Forces'"
    const fill = (shape: string): string => capitalise(shape.replace(/\{(A2?|B[23]?|P|Q|N|D|T|K)\}/g, (_, slot: string) => {
      if (slot[0] === 'A') return pick(pool.actors);
      if (slot[0] === 'B') return pick(BACKERS);
      if (slot === 'P') return pick(pool.places);
      if (slot === 'Q') return pick(pool.proposals);
      if (slot === 'N') return `${pick(TITLES)} ${pick(pool.persons)}`;
      if (slot === 'D') return pick(WEEKDAYS);
      if (slot === 'T') return `${1 + Math.floor(rand() * 28)} ${pick(MONTHS)} ${year}`;
      return String(2 + Math.floor(rand() * 400));
    }).replace(/s's\b/g, "s'"));
    const target = options.words[0] + Math.floor(rand() * (options.words[1] - options.words[0] + 1));
    const paragraphs: string[] = [];
    for (let words = 0; words < target; ) {
      const paragraph = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => fill(pick(rand() < 0.6 ? SHAPES : FILLER))).join(' ');
      paragraphs.push(paragraph);
      words += paragraph.split(' ').length;
    }
    const title = fill(pick(SHAPES)).replace(/\.$/, '');
    const id = `synthetic_${String(i).padStart(5, '0')}.txt`;
    docs.push({ id, date, title, source: 'synthetic', text: `${title}\n\n${paragraphs.join('\n\n')}\n` });
  }
  return docs;
}
