// Groups an article's proposal mentions into proposals. A mention with proposers joins
// the proposal whose proposers (or their sides: Sarraj → GNA, Putin → Russia) overlap;
// a named one joins its name; a bare "the ceasefire"/"it" joins the proposal discussed
// last. "Any ceasefire proposal" is generic and joins nothing.
import type { Mention } from '../pipeline-types.ts';
import { compatible, type ProposalSignature } from './proposal-signature.ts';

export interface ProposalCluster {
  index: number;
  mentions: Mention[];
  proposers: Set<string>;
  /** Proposers plus their affiliations, for overlap tests. */
  sides: Set<string>;
  name?: string;
  /** The signature of its first mention that says something (date, venue, earlier). */
  signature: ProposalSignature;
}

const ADDITIVE = /\b(?:also|likewise|similarly|too|as well|in turn)\b/i;
const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** `proposersOf(mention)` → entity keys of its proposers; `sideOf(key)` → its affiliation. */
export function clusterProposals(
  mentions: Mention[],
  proposersOf: (m: Mention) => string[],
  sideOf: (key: string) => string | undefined,
  sentenceText: (index: number) => string = () => '',
  signature: (m: Mention) => ProposalSignature = () => ({ previous: false }),
  /** YYYY-MM of the article: a proposal whose phrase gives no date is one of its own time. */
  articleMonth?: string,
  /** Do two mentions stand in one clause ("the ceasefire builds on the Jeddah Declaration")? */
  sameClause: (a: Mention, b: Mention) => boolean = (a, b) => a.sentence === b.sentence,
): Map<number, ProposalCluster> {
  const clusters: ProposalCluster[] = [];
  const of = new Map<number, ProposalCluster>();
  let last: ProposalCluster | undefined;
  for (const m of mentions) {
    if (m.generic) continue;
    const proposers = proposersOf(m);
    const sides = new Set(proposers.flatMap((p) => [p, sideOf(p)].filter((x): x is string => Boolean(x))));
    const own = signature(m);
    // never join a proposal dated, placed or called earlier otherwise ("a previous Saudi initiative")
    const fits = (c: ProposalCluster | undefined) => (c && compatible(c.signature, own) ? c : undefined);
    const sameSentence = fits(clusters.find((c) => c.mentions.some((x) => x.sentence === m.sentence)));
    const lastHere = last?.mentions.some((x) => sameClause(x, m));
    // a bare "the truce", "the deal", "it" is the proposal the article is about: the one
    // named most so far (the latest on a tie), not a background one named in passing
    const salient = () => clusters.filter((c) => compatible(c.signature, own)).reduce<ProposalCluster | undefined>((best, c) => (!best || c.mentions.length >= best.mentions.length ? c : best), undefined);
    let cluster =
      (m.name && clusters.find((c) => c.name === m.name)) ||
      (sides.size ? fits(clusters.find((c) => overlaps(c.sides, sides) && compatible(c.signature, own))) : undefined) ||
      (sameSentence && !m.name && (!sides.size || !sameSentence.sides.size) ? sameSentence : undefined) ||
      (!sides.size && !m.name ? salient() : undefined) ||
      // "In a separate statement, Saleh also called for a ceasefire": the same ceasefire
      (sides.size && !m.name && last && ADDITIVE.test(sentenceText(m.sentence)) ? fits(last) : undefined) ||
      // a name for what was just discussed ("the Egyptian initiative … the Cairo Declaration"),
      // but not one named beside it ("the ceasefire builds on the Jeddah Declaration")
      (m.name && !sides.size && last && !last.name && !lastHere ? fits(last) : undefined);
    if (!cluster) {
      const when = own.when ?? (own.previous ? undefined : articleMonth);
      cluster = { index: clusters.length, mentions: [], proposers: new Set(), sides: new Set(), signature: { ...own, ...(when ? { when } : {}) } };
      clusters.push(cluster);
    }
    cluster.mentions.push(m);
    for (const p of proposers) cluster.proposers.add(p);
    for (const s of sides) cluster.sides.add(s);
    if (m.name && !cluster.name) cluster.name = m.name;
    // the cluster learns the date and venue its later mentions give
    if (!cluster.signature.venue && own.venue) cluster.signature.venue = own.venue;
    of.set(m.id, cluster);
    last = cluster;
  }
  // "Haftar leaves Moscow without signing ceasefire" (headline) … "the truce brokered by
  // Russia and Turkey": what is named before anyone proposes it is the first proposal proposed
  const firstProposed = clusters.find((c) => c.sides.size);
  for (const c of clusters) {
    if (c === firstProposed) break;
    if (c.sides.size || c.name || !firstProposed || !compatible(c.signature, firstProposed.signature)) continue;
    for (const m of c.mentions) {
      firstProposed.mentions.push(m);
      of.set(m.id, firstProposed);
    }
    c.mentions = [];
  }
  return of;
}
