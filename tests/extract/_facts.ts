// Test helper: extracts one text and returns its facts as "Subject relation Object" lines
// (with [since …]/[until …] on controls), sorted, for table rows that read like English.
import { extractArticle } from '../../src/extract/extract-article.ts';

export function factLines(text: string, date = '2020-06-06'): string[] {
  const { facts } = extractArticle({ id: 'test.txt', text, date });
  return facts
    .map((f) => `${f.subject.label} ${f.relation} ${f.object.type === 'proposal' ? 'P' : f.object.label}` +
      (f.since ? ` [since ${f.since}]` : '') + (f.until ? ` [until ${f.until}]` : ''))
    .sort();
}
