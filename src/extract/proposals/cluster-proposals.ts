// Groups an article's proposal mentions into proposals. A mention with proposers joins
// the proposal whose proposers (or their sides: Sarraj → GNA, Putin → Russia) overlap;
// a named one joins its name; a bare "the ceasefire"/"it" joins the proposal discussed
// last. "Any ceasefire proposal" is generic and joins nothing.
import type { Mention } from '../pipeline-types.ts';

export interface ProposalCluster {
  index: number;
  mentions: Mention[];
  proposers: Set<string>;
  /** Proposers plus their affiliations, for overlap tests. */
  sides: Set<string>;
  name?: string;
}

const ADDITIVE = /\b(?:also|likewise|similarly|too|as well|in turn)\b/i;
const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** `proposersOf(mention)` → entity keys of its proposers; `sideOf(key)` → its affiliation. */
export function clusterProposals(
  mentions: Mention[],
  proposersOf: (m: Mention) => string[],
  sideOf: (key: string) => string | undefined,
  sentenceText: (index: number) => string = () => '',
): Map<number, ProposalCluster> {
  const clusters: ProposalCluster[] = [];
  const of = new Map<number, ProposalCluster>();
  let last: ProposalCluster | undefined;
  for (const m of mentions) {
    if (m.generic) continue;
    const proposers = proposersOf(m);
    const sides = new Set(proposers.flatMap((p) => [p, sideOf(p)].filter((x): x is string => Boolean(x))));
    const sameSentence = clusters.find((c) => c.mentions.some((x) => x.sentence === m.sentence));
    let cluster =
      (m.name && clusters.find((c) => c.name === m.name)) ||
      (sides.size ? clusters.find((c) => overlaps(c.sides, sides)) : undefined) ||
      (sameSentence && (!sides.size || !sameSentence.sides.size) ? sameSentence : undefined) ||
      (!sides.size && !m.name ? last : undefined) ||
      // "In a separate statement, Saleh also called for a ceasefire": the same ceasefire
      (sides.size && !m.name && last && ADDITIVE.test(sentenceText(m.sentence)) ? last : undefined) ||
      // a name for what was just discussed ("the Egyptian initiative … the Cairo Declaration")
      (m.name && !sides.size && last && !last.name ? last : undefined);
    if (!cluster) {
      cluster = { index: clusters.length, mentions: [], proposers: new Set(), sides: new Set() };
      clusters.push(cluster);
    }
    cluster.mentions.push(m);
    for (const p of proposers) cluster.proposers.add(p);
    for (const s of sides) cluster.sides.add(s);
    if (m.name && !cluster.name) cluster.name = m.name;
    of.set(m.id, cluster);
    last = cluster;
  }
  // "Haftar leaves Moscow without signing ceasefire" (headline) … "the truce brokered by
  // Russia and Turkey": what is named before anyone proposes it is the first proposal proposed
  const firstProposed = clusters.find((c) => c.sides.size);
  for (const c of clusters) {
    if (c === firstProposed) break;
    if (c.sides.size || c.name || !firstProposed) continue;
    for (const m of c.mentions) {
      firstProposed.mentions.push(m);
      of.set(m.id, firstProposed);
    }
    c.mentions = [];
  }
  return of;
}
