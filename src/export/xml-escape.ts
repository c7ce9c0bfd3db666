// Escapes text for XML content and attribute values (all five special characters), after
// dropping characters XML cannot hold. An entity named `<b>&"'` survives a round trip.
import { xmlSafe } from './xml-safe.ts';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** @example xmlEscape(`<b>&"'`) // → '&lt;b&gt;&amp;&quot;&apos;' */
export function xmlEscape(value: string): string {
  return xmlSafe(value).replace(/[&<>"']/g, (c) => ENTITY[c]);
}
