// Proposals across articles: the connected components of the "same proposal" links
// (proposal-links.ts) between every proposal any article reports, so they do not depend on
// the order articles arrive in. A new proposal only adds links: it joins the components it
// links to. A proposal whose proposers now resolve to another side may lose links: its
// component is taken apart and found again. Candidates come from indexes by name and by
// side, sorted by date, so a link costs a window of the index, not a scan.
import { addMention, emptyStats, mergeStats, type MentionStats } from './mention-stats.ts';
import { linked, proposalName, SAME_CALL_DAYS, SAME_NAME_DAYS, type ProposalOcc } from './proposal-links.ts';

export interface ProposalClusters {
  /**
   * Registers new proposal occurrences and re-reads the sides of `resided` ones (their
   * proposers resolved elsewhere); returns the clusters that changed (old and new ids).
   */
  update(fresh: readonly number[], resided: Iterable<number>): Set<string>;
  clusterOf(occ: number): string;
  members(cluster: string): number[];
  forEachMember(cluster: string, fn: (occ: number) => void): void;
  stats(cluster: string): MentionStats;
  exists(cluster: string): boolean;
}

export interface ProposalSource {
  occ(i: number): Omit<ProposalOcc, 'name' | 'sides'>;
  /** The sides of an occurrence's proposers, as resolution now sees them. */
  sidesOf(i: number): string[];
}

const DAY = 86_400_000;
const time = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);

/** Occurrences by a key (a name, a side), each list sorted by date. */
function dateIndex(timeOf: (i: number) => number) {
  const lists = new Map<string, number[]>();
  const position = (list: number[], t: number) => {
    let [lo, hi] = [0, list.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timeOf(list[mid]) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    add(key: string, i: number) {
      const list = lists.get(key) ?? lists.set(key, []).get(key)!;
      list.splice(position(list, timeOf(i)), 0, i);
    },
    remove(key: string, i: number) {
      const list = lists.get(key);
      const at = list?.indexOf(i) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    },
    *within(key: string, t: number, days: number): Generator<number> {
      const list = lists.get(key) ?? [];
      for (let at = position(list, t - days * DAY); at < list.length && timeOf(list[at]) <= t + days * DAY; at++) yield list[at];
    },
  };
}

/** @example const proposals = createProposalClusters(source); proposals.update([3], []); proposals.clusterOf(3) */
export function createProposalClusters(source: ProposalSource): ProposalClusters {
  const occs = new Map<number, ProposalOcc & { time: number }>();
  const timeOf = (i: number) => occs.get(i)!.time;
  const byName = dateIndex(timeOf);
  const bySide = dateIndex(timeOf);
  const compOf = new Map<number, number>();
  const comps = new Map<number, { members: number[]; stats: MentionStats }>();
  let nextComp = 0;

  const neighbours = function* (i: number): Generator<number> {
    const p = occs.get(i)!;
    if (Number.isNaN(p.time)) return; // undated: the same as nothing else
    if (p.name) for (const j of byName.within(p.name, p.time, SAME_NAME_DAYS)) if (j !== i && linked(p, occs.get(j)!)) yield j;
    for (const side of p.sides) for (const j of bySide.within(side, p.time, SAME_CALL_DAYS)) if (j !== i && linked(p, occs.get(j)!)) yield j;
  };
  const index = (i: number, on: boolean) => {
    const p = occs.get(i)!;
    if (Number.isNaN(p.time)) return;
    for (const side of p.sides) (on ? bySide.add : bySide.remove)(side, i);
  };
  const newComp = (members: number[], changed: Set<string>) => {
    const id = nextComp++;
    const stats = emptyStats();
    for (const j of members) {
      compOf.set(j, id);
      addMention(stats, occs.get(j)!.article, occs.get(j)!.ref);
    }
    comps.set(id, { members, stats });
    changed.add(`p:${id}`);
    return id;
  };
  const join = (a: number, b: number, changed: Set<string>) => {
    if (a === b) return a;
    const [big, small] = comps.get(a)!.members.length >= comps.get(b)!.members.length ? [a, b] : [b, a];
    for (const j of comps.get(small)!.members) compOf.set(j, big);
    comps.get(big)!.members.push(...comps.get(small)!.members);
    mergeStats(comps.get(big)!.stats, comps.get(small)!.stats);
    comps.delete(small);
    changed.add(`p:${small}`).add(`p:${big}`);
    return big;
  };
  /** Takes components apart and finds them again from their members (links may be gone). */
  const refind = (ids: Set<number>, changed: Set<string>) => {
    const start = [...ids].flatMap((id) => comps.get(id)?.members ?? []);
    for (const id of ids) if (comps.delete(id)) changed.add(`p:${id}`);
    const visited = new Set<number>();
    for (const i of start) {
      if (visited.has(i)) continue;
      const members: number[] = [];
      const queue = [i];
      visited.add(i);
      while (queue.length) {
        const at = queue.pop()!;
        members.push(at);
        for (const j of neighbours(at)) {
          if (visited.has(j)) continue;
          visited.add(j);
          queue.push(j);
        }
      }
      for (const j of members) {
        const old = compOf.get(j)!; // a component the search reached through a new link: absorbed
        if (comps.delete(old)) changed.add(`p:${old}`);
      }
      newComp(members, changed);
    }
  };

  return {
    update(fresh, resided) {
      const changed = new Set<string>();
      for (const i of fresh) {
        const o = source.occ(i);
        const name = proposalName(o.ref.label);
        occs.set(i, { ...o, name, sides: source.sidesOf(i), time: o.ref.date ? time(o.ref.date) : NaN });
        if (name && o.ref.date) byName.add(name, i);
        index(i, true);
      }
      const isFresh = new Set(fresh);
      const moved: number[] = [];
      for (const i of resided) {
        const p = occs.get(i);
        if (!p || isFresh.has(i)) continue;
        const sides = source.sidesOf(i);
        if (sides.length === p.sides.length && sides.every((s) => p.sides.includes(s))) continue;
        index(i, false);
        occs.set(i, { ...p, sides });
        index(i, true);
        moved.push(i);
      }
      // new links first (components only join), then the components that may have lost one
      for (const i of fresh) {
        let comp = newComp([i], changed);
        for (const j of neighbours(i)) if (compOf.has(j)) comp = join(comp, compOf.get(j)!, changed);
      }
      if (moved.length) refind(new Set(moved.map((i) => compOf.get(i)!)), changed);
      return changed;
    },
    clusterOf: (i) => `p:${compOf.get(i)}`,
    members: (cluster) => [...(comps.get(Number(cluster.slice(2)))?.members ?? [])],
    forEachMember: (cluster, fn) => comps.get(Number(cluster.slice(2)))?.members.forEach((i) => fn(i)),
    stats: (cluster) => comps.get(Number(cluster.slice(2)))?.stats ?? emptyStats(),
    exists: (cluster) => comps.has(Number(cluster.slice(2))),
  };
}
