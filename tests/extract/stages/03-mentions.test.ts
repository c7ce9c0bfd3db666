import { describe, expect, it } from 'vitest';
import { factLines } from '../_facts.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';

const places = (text: string) => extractArticle({ id: 't.txt', text, date: '2024-12-08' }).entities.filter((e) => e.type === 'city').map((e) => e.label);

describe('a lone word opening a sentence', () => {
  it.each([
    ['The war in Syria goes on. HTS launched an offensive. Hama fell to the rebels on 5 December.', 'Hayat Tahrir al-Sham controls Hama'],
    ['The war in Sudan goes on, and the RSF pressed on. Nyala fell to the RSF in October.', 'Rapid Support Forces controls Nyala'],
  ])('is a town of the theatre when the gazetteer knows it: %s', (text, fact) => {
    expect(factLines(text).map((l) => l.replace(/ \[.*$/, ''))).toContain(fact);
  });

  it('is no town when it is an English word, whatever its skeleton', () => {
    expect(places('The war in Syria goes on. Homes fell to the rebels on 5 December. Residents fled.')).toEqual([]);
    expect(factLines('The war in Syria goes on. HTS advanced. Prices fell to the lowest level.')).toEqual([]);
  });
});

describe('a lone word opening a sentence that no dictionary has', () => {
  it('is a name nothing typed yet, which a phrase of control makes a town', () => {
    expect(factLines('The war in Myanmar goes on. Laukkai, the capital of the Kokang zone, is now under the control of the MNDAA.').map((l) => l.replace(/ \[.*$/, '')))
      .toContain('Myanmar National Democratic Alliance Army controls Laukkai');
  });

  it('is no name when it is an English word', () => {
    expect(factLines('In Libya, the GNA fought Haftar. Briefing reporters, the GNA said Haftar controls Sirte.')).not.toContain('Briefing controls Sirte');
    expect(factLines('In Libya, the GNA fought on. Militarily, Russia backs Haftar.')).toEqual(['Russia supports Khalifa Haftar']);
  });
});

const labels = (text: string) => extractArticle({ id: 't.txt', text, date: '2024-12-08' }).entities.map((e) => e.label);

describe('a one-word alias at the end of a longer unknown name', () => {
  it('is that name, not the group the alias names', () => {
    const names = labels('In the DRC, Foreign Minister Thérèse Kayikwamba Wagner signed the ceasefire deal with Rwanda, and Congo backed the deal.');
    expect(names).not.toContain('Wagner Group');
  });

  it('stays the group after a title, a nationality, a date, a prefix or the sentence start', () => {
    for (const text of [
      'In Libya, Russian Wagner fighters backed Haftar.',
      'In Libya, on Monday Wagner fighters backed Haftar.',
      'In Libya, the Kremlin-linked Wagner backed Haftar.',
      'Wagner backed Haftar in Libya.',
    ]) expect(factLines(text)).toContain('Wagner Group supports Khalifa Haftar');
  });
});
