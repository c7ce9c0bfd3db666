import { describe, expect, it } from 'vitest';
import { buildFrames, normaliseFrameText } from '../../../src/extract/relations/build-frames.ts';
import type { Mention } from '../../../src/extract/pipeline-types.ts';

/** Mentions for the given names, in order of their first occurrence in `text`. */
function mentionsOf(text: string, names: string[]): Mention[] {
  return names.map((name, id) => {
    const start = text.indexOf(name);
    return { id, start, end: start + name.length, text: name, sentence: 0, source: 'lexicon', type: 'actor', kind: 'state' };
  });
}

describe('normaliseFrameText', () => {
  it.each([
    ['Turkey’s  “support”', "turkey's support "],
    ['a\t—\nb', 'a – b'],
    ['(the [UN] «plan»)', ' the un plan '],
    ['one two', 'one two'],
  ])('%j → %j', (text, expected) => {
    expect(normaliseFrameText(text)).toBe(expected);
  });
});

describe('buildFrames', () => {
  // mentions become «id», and the text between them is normalised as if cut at each mention
  it.each([
    ['Turkey’s “backing” of   the GNA', ['Turkey', 'GNA'], ["«0»'s backing of «1»"]],
    ['Egypt — and the UAE — backed Haftar.', ['Egypt', 'UAE', 'Haftar'], ['«0» – and «1» – backed «2».']],
    ['Russia (Moscow) backs Haftar, who controls Sirte.', ['Russia', 'Haftar', 'Sirte'], ['«0» moscow backs «1», who controls «2».', '«1» controls «2».', '«0» moscow backs «1»']],
  ])('%j', (text, names, expected) => {
    expect(buildFrames(text, 0, 0, mentionsOf(text, names), () => false).map((f) => f.text)).toEqual(expected);
  });

  it('reads a sentence that holds private-use characters too', () => {
    const text = 'Turkey \uE000backs\uE001 the GNA';
    expect(buildFrames(text, 0, 0, mentionsOf(text, ['Turkey', 'GNA']), () => false).map((f) => f.text)).toEqual(['«0» \uE000backs\uE001 «1»']);
  });
});
