// What a place's marker shows on the map at the date slider's date: who held it then
// (its `controls` edges valid that day, by the same rules as GET /api/graph?at=), the
// colour of the holder's camp, a ring in the rival's colour when holders of different
// camps are claimed at once, grey when nobody is known to hold it. Pure, so it is tested
// without a browser.
import { campColour } from './colours.ts';

export const UNHELD_COLOUR = '#b9bcc0';
export const UNALIGNED_HOLDER_COLOUR = '#5b4a3a';

/** One `controls` edge into a place, as the viewer's graph carries it. */
export interface ControlClaim {
  holder: string;
  since?: string;
  until?: string;
  /** Dates of the articles stating it (the fallback when since/until say "unknown"). */
  dates: string[];
}

export interface PlaceControls {
  key: string;
  label: string;
  controls: ControlClaim[];
}

export interface MarkerState {
  key: string;
  /** Holders at the date, the most recent taker first. */
  holders: string[];
  contested: boolean;
  colour: string;
  /** Ring colour when contested, else null. */
  ring: string | null;
  ariaLabel: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** since/until as comparable dates; a change of unknown date falls back to the first article stating it. */
function validity(c: ControlClaim): { since?: string; until?: string } {
  const first = c.dates.filter((d) => DATE.test(d)).sort()[0];
  const pick = (value: string | undefined, none: string) => (!value ? undefined : DATE.test(value) ? value : first ?? none);
  return { since: pick(c.since, '9999'), until: pick(c.until, '0000') };
}

/** Held on `at` (YYYY-MM-DD), or now (no `until`) when `at` is null. Partial dates compare by prefix. */
export function heldAt(c: ControlClaim, at: string | null): boolean {
  const { since, until } = validity(c);
  if (at === null) return !until && since !== '9999';
  return (!since || since <= at) && (!until || until > at);
}

/**
 * @example markerState(sirte, '2020-07-10', campOf, label) // → {holders: ['actor:khalifa-haftar'], colour: '#e15759', ring: null, ariaLabel: 'Sirte — held by Khalifa Haftar', …}
 */
export function markerState(place: PlaceControls, at: string | null, campOf: ReadonlyMap<string, number>, labelOf: (key: string) => string): MarkerState {
  const held = place.controls.filter((c) => heldAt(c, at));
  // the most recent taker first; then the best attested
  held.sort((a, b) => (validity(b).since ?? '').localeCompare(validity(a).since ?? '') || b.dates.length - a.dates.length || a.holder.localeCompare(b.holder));
  const holders = [...new Set(held.map((c) => c.holder))];
  const colourOf = (key: string) => (campOf.has(key) ? campColour(campOf.get(key)) : UNALIGNED_HOLDER_COLOUR);
  const side = (key: string) => (campOf.has(key) ? `camp:${campOf.get(key)}` : key);
  const rival = holders.find((h) => side(h) !== side(holders[0]));
  const names = holders.map(labelOf);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  const ariaLabel = !holders.length ? `${place.label} — holder unknown` : rival ? `${place.label} — contested: held by ${list}` : `${place.label} — held by ${list}`;
  return {
    key: place.key,
    holders,
    contested: Boolean(rival),
    colour: holders.length ? colourOf(holders[0]) : UNHELD_COLOUR,
    ring: rival ? colourOf(rival) : null,
    ariaLabel,
  };
}
