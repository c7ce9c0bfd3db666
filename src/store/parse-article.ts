// Splits an article file into metadata and body: YAML front matter (`title`, `date`,
// `source`, `outlet`), the seeds' leading ` date YYYY-MM-DD`, or a date written in the text.
// Every doc gets its outlet (article-outlet.ts).
import type { ArticleDoc } from '../types.ts';
import { articleOutlet } from './article-outlet.ts';
import { findTextDate } from './find-text-date.ts';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const LEADING_DATE = /^\uFEFF?\s*date\s+(\d{4}-\d{2}-\d{2})\s+/;
const YAML_LINE = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;

const unquote = (value: string): string => value.trim().replace(/^(['"])(.*)\1$/, '$2');

/**
 * Parses one article file's text.
 * @example parseArticle('a.txt', ' date 2020-08-23 Haftar rejected…') // → {date: '2020-08-23', text: 'Haftar rejected…'}
 */
export function parseArticle(id: string, raw: string): ArticleDoc {
  const doc: ArticleDoc = { id, text: raw.replace(/^\uFEFF/, '') };
  const front = FRONT_MATTER.exec(raw);
  if (front) {
    doc.text = raw.slice(front[0].length);
    for (const line of front[1].split(/\r?\n/)) {
      const m = YAML_LINE.exec(line);
      if (!m) continue;
      const key = m[1].toLowerCase();
      const value = unquote(m[2]);
      if (!value) continue;
      if (key === 'date') doc.date = normaliseDate(value);
      else if (key === 'title') doc.title = value;
      else if (key === 'source') doc.source = value;
      else if (key === 'outlet') doc.outlet = value;
    }
  } else {
    const lead = LEADING_DATE.exec(raw);
    if (lead) {
      doc.date = lead[1];
      doc.text = raw.slice(lead[0].length);
    }
  }
  if (!doc.date) doc.date = findTextDate(doc.text.slice(0, 2000));
  if (!doc.date) delete doc.date;
  doc.outlet = articleOutlet(doc);
  return doc;
}

function normaliseDate(value: string): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return iso ? iso[1] : findTextDate(value);
}
