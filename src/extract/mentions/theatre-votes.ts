// Votes for the country an article is about: each country or demonym named (twice as
// much as "Yemen's …", "in Sudan", or in the opening sentences), each known local actor
// for its home country, each town for the country it lies in ("Kherson" → Ukraine), and
// the dateline's town three times ("YAOUNDE, Jan 24 —").
import type { CityGazetteer } from '../../lexicon/city-gazetteer.ts';
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import type { Mention } from '../pipeline-types.ts';

const SETTING_BEFORE = /\b(?:in|across|inside|throughout|within)\s+$/i;
const OPENING_SENTENCES = 2;

// "YAOUNDE, Jan 24 —", "KHARTOUM (Reuters) -", "Goma, DR Congo —": where the report is filed
const DATELINE = /^\s*(\p{Lu}[\p{L}'’. -]{1,30}?)\s*(?:,|\(|[—–-]\s)/u;
const DATELINE_VOTES = 3;
const DATELINE_LINES = 3;

/** The country of a dateline's town, in the first lines of the text. */
function datelineCountry(text: string, gazetteer: CityGazetteer): string | undefined {
  for (const line of text.split('\n').filter((l) => l.trim()).slice(0, DATELINE_LINES)) {
    const m = DATELINE.exec(line);
    const town = m?.[1].trim();
    if (!town || town.length < 3) continue;
    const country = gazetteer.countryOf(town); // case-folded: "YAOUNDE" is Yaoundé
    if (country) return country;
  }
  return undefined;
}

/** Country entry ids, one per vote. */
export function theatreVotes(drafts: Array<Omit<Mention, 'id'>>, text: string, lexicon: Lexicon, gazetteer: CityGazetteer): string[] {
  const votes: string[] = [];
  // the dateline weighs like a few mentions: a report is usually filed from the war
  const filed = datelineCountry(text, gazetteer);
  if (filed && lexicon.countries.has(filed)) for (let k = 0; k < DATELINE_VOTES; k++) votes.push(lexicon.countries.get(filed)!);
  const sentences = new Set(drafts.map((d) => d.sentence)).size;
  const counted = new Set<string>();
  for (const d of drafts) {
    if (d.source === 'country' || d.source === 'demonym' || d.source === 'metonym') {
      // a country counts once per sentence ("the United Arab Emirates (UAE)" is one vote)
      if (counted.has(`${d.sentence}|${d.lexId}`)) continue;
      counted.add(`${d.sentence}|${d.lexId}`);
      votes.push(d.lexId!);
      const setting = /^['’]s\b/.test(text.slice(d.end, d.end + 2)) || SETTING_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start));
      if (setting) votes.push(d.lexId!);
      if (d.sentence < OPENING_SENTENCES && sentences > OPENING_SENTENCES) votes.push(d.lexId!);
    } else if (d.type === 'actor' && d.lexId) {
      const home = lexicon.entries.get(d.lexId)?.country;
      if (home) votes.push(lexicon.countries.get(home) ?? '');
    } else if (d.source === 'name' || d.source === 'place') {
      const country = gazetteer.countryOf(d.text);
      if (country) votes.push(lexicon.countries.get(country) ?? '');
    }
  }
  return votes;
}
