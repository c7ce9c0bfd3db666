// Votes for the country an article is about: each country or demonym named (twice as
// much as "Yemen's …", "in Sudan", or in the opening sentences), each known local actor
// for its home country, and each town for the country it lies in ("Kherson" → Ukraine).
import type { CityGazetteer } from '../../lexicon/city-gazetteer.ts';
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import type { Mention } from '../pipeline-types.ts';

const SETTING_BEFORE = /\b(?:in|across|inside|throughout|within)\s+$/i;
const OPENING_SENTENCES = 2;

/** Country entry ids, one per vote. */
export function theatreVotes(drafts: Array<Omit<Mention, 'id'>>, text: string, lexicon: Lexicon, gazetteer: CityGazetteer): string[] {
  const votes: string[] = [];
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
