import { describe, expect, it } from 'vitest';
import { resolveSentenceDate } from '../../../src/extract/time/resolve-sentence-date.ts';

describe('resolveSentenceDate', () => {
  it.each([
    ['On Friday, the army liberated Tarhuna', '2020-06-05'],
    ['Ukrainian forces liberated the city on November 11', '2019-11-11'],
    ['Ukrainian forces liberated the city on Nov. 11', '2019-11-11'],
    ['The rebels took Goma on Jan. 27, 2025, after a week of fighting', '2025-01-27'],
    ['The SNA captured Manbij on Sept. 3', '2019-09-03'],
    ['The town fell in Dec. last year', '2019-12'],
    ['Government troops retook the town in March 2016', '2016-03'],
    ['In mid-October Eritrean troops captured Shire', '2019-10'],
  ])('%s → %s', (sentence, expected) => {
    expect(resolveSentenceDate(sentence, '2020-06-06')).toBe(expected);
  });

  it('takes no month abbreviation for a name', async () => {
    const { extractArticle } = await import('../../../src/extract/extract-article.ts');
    const { entities } = extractArticle({ id: 't.txt', text: 'KIRKUK, Oct 17 - Iraqi forces entered the city, and by Oct. 18 the Peshmerga had left.', date: '2017-10-20' });
    expect(entities.map((e) => e.label)).not.toContain('Oct');
  });

  it('reads no date from words that only look like abbreviations, nor from deadlines', () => {
    expect(resolveSentenceDate('Nothing can mar the decision', '2020-06-06')).toBeUndefined();
    expect(resolveSentenceDate('They must withdraw by January 12', '2020-06-06')).toBeUndefined();
  });
});
