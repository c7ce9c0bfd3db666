// An XML attribute value as graphology-gexf's XML writer (xml-writer) escapes it: `&`,
// `<`, `"`, tab, newline and carriage return; characters XML cannot hold are dropped
// first. The streaming GEXF writer uses it so its bytes equal toGexf's.
import { xmlSafe } from './xml-safe.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

/** @example xmlAttribute('<b>&"\'') // → '&lt;b>&amp;&quot;\'' */
export function xmlAttribute(value: string | number | boolean): string {
  return xmlSafe(String(value)).replace(/[&<"\t\n\r]/g, (c) => ESCAPES[c]);
}
