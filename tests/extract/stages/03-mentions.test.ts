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

  it('is no name when it is not a town of the theatre', () => {
    expect(places('The war in Syria goes on. Zorbak fell to the rebels on 5 December. Residents fled.')).toEqual([]);
    expect(factLines('The war in Syria goes on. HTS advanced. Zorbak fell to the rebels.')).toEqual([]);
  });
});
