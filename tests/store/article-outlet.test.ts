import { describe, expect, it } from 'vitest';
import { articleOutlet } from '../../src/store/article-outlet.ts';
import { parseArticle } from '../../src/store/parse-article.ts';

describe('articleOutlet', () => {
  it.each([
    ['front matter outlet wins over source', { outlet: 'Al Wasat', source: 'https://www.reuters.com/x' }, 'Al Wasat'],
    ['host of a source URL, without www.', { source: 'https://www.libyaobserver.ly/news/sirte' }, 'libyaobserver.ly'],
    ['host is lower-cased, subdomains kept', { source: 'HTTPS://English.AlArabiya.net/News' }, 'english.alarabiya.net'],
    ['a source without a scheme is still a host', { source: 'aljazeera.com/news/1' }, 'aljazeera.com'],
    ['a source that is a name, not a link', { source: 'Reuters' }, 'Reuters'],
    ['a blank outlet falls through to the source', { outlet: '  ', source: 'https://apnews.com/a' }, 'apnews.com'],
    ['neither: the file itself', {}, 'a.txt'],
    ['a source that is a path, not a host: the file', { source: '/tmp/article.txt' }, 'a.txt'],
  ])('%s', (_why, meta, expected) => {
    expect(articleOutlet({ id: 'a.txt', ...meta })).toBe(expected);
  });

  it.each([
    ['---\noutlet: "Al Wasat"\nsource: https://www.reuters.com/x\n---\nBody.', 'Al Wasat'],
    ['---\ntitle: t\nsource: https://www.libyaobserver.ly/news/1\n---\nBody.', 'libyaobserver.ly'],
    [' date 2020-08-23 Haftar rejected the truce.', 'seed.txt'],
    ['No metadata at all.', 'seed.txt'],
  ])('parseArticle gives every doc its outlet: %j', (raw, expected) => {
    expect(parseArticle('seed.txt', raw).outlet).toBe(expected);
  });
});
