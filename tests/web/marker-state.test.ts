// The map marker's state as a pure function: who holds a place at a date, the camp colour,
// the ring when rival camps are claimed at once, grey when nobody is known to hold it.
import { describe, expect, it } from 'vitest';
import { campColour } from '../../web/src/colours.ts';
import { heldAt, markerState, UNALIGNED_HOLDER_COLOUR, UNHELD_COLOUR, type PlaceControls } from '../../web/src/marker-state.ts';

const LABELS: Record<string, string> = { 'actor:haftar': 'Khalifa Haftar', 'actor:gna': 'Government of National Accord', 'backer:wagner': 'Wagner Group', 'actor:tribe': 'Tarhuna tribes' };
const label = (key: string) => LABELS[key] ?? key;
const campOf = new Map([['actor:haftar', 0], ['backer:wagner', 0], ['actor:gna', 1]]);

// Tarhuna: Haftar's until 5 June 2020, then the GNA's
const tarhuna: PlaceControls = {
  key: 'city:tarhuna', label: 'Tarhuna',
  controls: [
    { holder: 'actor:haftar', until: '2020-06-05', dates: ['2020-06-06'] },
    { holder: 'actor:gna', since: '2020-06-05', dates: ['2020-06-06'] },
  ],
};

describe('markerState at three dates', () => {
  it.each([
    ['2020-01-01', ['actor:haftar'], campColour(0), 'Tarhuna — held by Khalifa Haftar'],
    ['2020-06-05', ['actor:gna'], campColour(1), 'Tarhuna — held by Government of National Accord'],
    ['2020-07-01', ['actor:gna'], campColour(1), 'Tarhuna — held by Government of National Accord'],
  ])('Tarhuna on %s', (at, holders, colour, aria) => {
    const s = markerState(tarhuna, at, campOf, label);
    expect([s.holders, s.colour, s.ring, s.contested, s.ariaLabel]).toEqual([holders, colour, null, false, aria]);
  });

  it('at "all dates" the latest holder: the one without an end', () => {
    expect(markerState(tarhuna, null, campOf, label).holders).toEqual(['actor:gna']);
  });
});

describe('markerState rows', () => {
  const place = (controls: PlaceControls['controls']): PlaceControls => ({ key: 'city:sirte', label: 'Sirte', controls });
  it.each<[string, PlaceControls['controls'], string | null, Partial<ReturnType<typeof markerState>>]>([
    ['two rival camps claimed the same day: ringed in the rival\'s colour',
      [{ holder: 'actor:haftar', dates: ['2020-07-10', '2020-08-23'] }, { holder: 'actor:gna', dates: ['2020-07-10'] }], '2020-07-10',
      { contested: true, colour: campColour(0), ring: campColour(1), ariaLabel: 'Sirte — contested: held by Khalifa Haftar and Government of National Accord' }],
    ['allies holding it together are not contested',
      [{ holder: 'actor:haftar', dates: ['2020-07-10'] }, { holder: 'backer:wagner', dates: ['2020-07-10'] }], '2020-07-10',
      { contested: false, ring: null, ariaLabel: 'Sirte — held by Khalifa Haftar and Wagner Group' }],
    ['the most recent taker comes first',
      [{ holder: 'actor:haftar', since: '2019-01-01', dates: ['2019-01-02'] }, { holder: 'actor:gna', since: '2020-07-01', dates: ['2020-07-02'] }], '2020-08-01',
      { holders: ['actor:gna', 'actor:haftar'], colour: campColour(1) }],
    ['nobody known: grey',
      [{ holder: 'actor:haftar', since: '2021-01-01', dates: [] }], '2020-07-10',
      { holders: [], colour: UNHELD_COLOUR, ring: null, ariaLabel: 'Sirte — holder unknown' }],
    ['a holder in no camp has its own colour',
      [{ holder: 'actor:tribe', dates: [] }], '2020-07-10',
      { colour: UNALIGNED_HOLDER_COLOUR, ariaLabel: 'Sirte — held by Tarhuna tribes' }],
  ])('%s', (_why, controls, at, expected) => {
    expect(markerState(place(controls), at, campOf, label)).toMatchObject(expected);
  });
});

describe('heldAt (the rules of GET /api/graph?at=)', () => {
  it.each<[string, Parameters<typeof heldAt>[0], string | null, boolean]>([
    ['since ≤ at', { holder: 'h', since: '2020-06-05', dates: [] }, '2020-06-05', true],
    ['until is exclusive', { holder: 'h', until: '2020-06-05', dates: [] }, '2020-06-05', false],
    ['a partial since compares by prefix', { holder: 'h', since: '2020-06', dates: [] }, '2020-06-01', true],
    ['"unknown" falls back to the first article date', { holder: 'h', until: 'unknown', dates: ['2020-06-06'] }, '2020-06-01', true],
    ['"unknown" with no date at all: never', { holder: 'h', since: 'unknown', dates: [] }, '2030-01-01', false],
    ['undated: always', { holder: 'h', dates: [] }, '1990-01-01', true],
    ['now: not when it ended', { holder: 'h', until: '2020-06-05', dates: [] }, null, false],
  ])('%s', (_why, claim, at, expected) => {
    expect(heldAt(claim, at)).toBe(expected);
  });
});
