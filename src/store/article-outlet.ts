// Who published an article, so every fact can say who said it: the front matter's
// `outlet:`, else the host of `source:` ("https://www.libyaobserver.ly/news/…" →
// "libyaobserver.ly"), else the file itself (one unnamed outlet per file).
import type { ArticleDoc } from '../types.ts';

/** The host of a URL without "www.", or undefined when `source` is not a URL ("Reuters"). */
function hostOf(source: string | undefined): string | undefined {
  if (!source) return undefined;
  try {
    const host = new URL(/^[a-z][\w+.-]*:\/\//i.test(source) ? source : `https://${source}`).hostname.toLowerCase();
    return host.includes('.') ? host.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @example articleOutlet({ id: 'a.txt', text: '', source: 'https://www.aljazeera.com/news/1' }) // → 'aljazeera.com'
 * @example articleOutlet({ id: 'a.txt', text: '', source: 'Reuters' }) // → 'Reuters'
 * @example articleOutlet({ id: 'a.txt', text: '' }) // → 'a.txt'
 */
export function articleOutlet(doc: Pick<ArticleDoc, 'id' | 'source' | 'outlet'>): string {
  const named = doc.outlet?.trim();
  if (named) return named;
  const source = doc.source?.trim();
  // a source that is a name, not a link ("Reuters", "AFP"), names the outlet itself
  return hostOf(source) ?? (source && !/[/:]/.test(source) ? source : doc.id);
}
