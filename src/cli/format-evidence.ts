// How `ask` and `paths` show evidence in a terminal: under each answer row, or each hop,
// its own quotes, at most two, each quote once (with every article that says it and its
// outlet, which every evidence record carries), then "+N more".
import type { EdgeView, Hop, NodeRef } from '../query/types.ts';

export const QUOTES_PER_ROW = 2;

/**
 * The quote lines of some edges: distinct quotes in evidence order, the first two, then "+N more".
 * @example evidenceLines(edges, '      ') → ['      "Turkey backs the GNA." (a.txt, reuters.com)', '      +3 more']
 */
export function evidenceLines(edges: readonly EdgeView[], indent: string): string[] {
  const byQuote = new Map<string, string[]>();
  for (const evidence of edges.flatMap((e) => e.evidence)) {
    const quote = evidence.quote.replace(/\s+/g, ' ').trim();
    const articles = byQuote.get(quote) ?? [];
    // the outlet, unless it is only the article's file name again
    const where = evidence.outlet && evidence.outlet !== evidence.article ? `${evidence.article}, ${evidence.outlet}` : evidence.article;
    if (!articles.includes(where)) articles.push(where);
    byQuote.set(quote, articles);
  }
  if (byQuote.size === 0) return [`${indent}(no evidence recorded)`];
  const lines = [...byQuote].slice(0, QUOTES_PER_ROW).map(([quote, articles]) => {
    const where = articles.join('; ');
    return `${indent}"${quote}" (${where})`;
  });
  if (byQuote.size > QUOTES_PER_ROW) lines.push(`${indent}+${byQuote.size - QUOTES_PER_ROW} more`);
  return lines;
}

/**
 * A hop as its arrows ("Turkey -supports-> GNA", "A <-controls- B" when the edge runs
 * backwards), each followed by its own quotes.
 */
export function hopLines(hop: Hop, labelOf: (key: string) => string, indent: string): string[] {
  const groups = new Map<string, EdgeView[]>();
  for (const e of hop.edges) {
    const arrow = e.source === hop.from ? `-${e.relation}->` : `<-${e.relation}-`;
    const line = `${labelOf(hop.from)} ${arrow} ${labelOf(hop.to)}${e.since ? ` since ${e.since}` : ''}${e.until ? ` until ${e.until}` : ''}`;
    groups.set(line, [...(groups.get(line) ?? []), e]);
  }
  return [...groups].flatMap(([line, edges]) => [`${indent}${line}`, ...evidenceLines(edges, `${indent}  `)]);
}

/** Labels of the nodes a path names, for hopLines. */
export const labelsOf = (nodes: readonly NodeRef[]) => {
  const labels = new Map(nodes.map((n) => [n.key, n.label]));
  return (key: string) => labels.get(key) ?? key;
};
