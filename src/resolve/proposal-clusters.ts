// Proposals across articles: the connected components of the "same proposal" links
// (proposal-links.ts) between every proposal any article reports, each cut into proposals
// by date windows (split-proposals.ts), so they do not depend on the order articles arrive
// in. A new report only adds links: it joins the components it links to. A report whose
// proposers now resolve to another side may lose links: its component is taken apart and
// found again. Candidates come from indexes by name and by side, sorted by date, so a link
// costs a window of the index, not a scan; a changed component is cut again whole.
import { addMention, emptyStats, type MentionStats } from './mention-stats.ts';
import { linked, proposalName, SAME_CALL_DAYS, SAME_NAME_DAYS, type ProposalOcc } from './proposal-links.ts';
import { dateIndex } from './date-index.ts';
import { splitProposals } from './split-proposals.ts';

export interface ProposalClusters {
  /**
   * Registers new proposal occurrences and re-reads the sides of `resided` ones (their
   * proposers resolved elsewhere); returns the proposals that changed (old and new ids).
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

const signature = (members: number[]) => [...members].sort((a, b) => a - b).join(',');
const time = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);

/** @example const proposals = createProposalClusters(source); proposals.update([3], []); proposals.clusterOf(3) */
export function createProposalClusters(source: ProposalSource): ProposalClusters {
  const occs = new Map<number, ProposalOcc & { time: number; i: number }>();
  const timeOf = (i: number) => occs.get(i)!.time;
  const byName = dateIndex(timeOf);
  const bySide = dateIndex(timeOf);
  const compOf = new Map<number, number>();
  const comps = new Map<number, number[]>();
  const touched = new Set<number>(); // components changed in this update
  const finalsOf = new Map<number, string[]>();
  const finalOf = new Map<number, string>();
  const finals = new Map<string, { members: number[]; stats: MentionStats }>();
  let nextComp = 0;
  let nextFinal = 0;

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
  const newComp = (members: number[]) => {
    const id = nextComp++;
    for (const j of members) compOf.set(j, id);
    comps.set(id, members);
    touched.add(id);
    return id;
  };
  const join = (a: number, b: number) => {
    if (a === b) return a;
    const [big, small] = comps.get(a)!.length >= comps.get(b)!.length ? [a, b] : [b, a];
    for (const j of comps.get(small)!) compOf.set(j, big);
    comps.get(big)!.push(...comps.get(small)!);
    comps.delete(small);
    touched.add(small).add(big);
    return big;
  };
  /** Cuts the changed components into proposals again; returns the proposals that changed (gone or new). */
  const recut = () => {
    const changed = new Set<string>();
    const previous = new Map<string, string>(); // sorted members → proposal id, for proposals a recut leaves as they were
    for (const comp of touched) {
      for (const f of finalsOf.get(comp) ?? []) previous.set(signature(finals.get(f)!.members), f);
      finalsOf.delete(comp);
    }
    const kept = new Set<string>();
    for (const comp of touched) {
      const members = comps.get(comp);
      if (!members) continue;
      const ids = splitProposals(members.map((i) => occs.get(i)!)).map((group) => {
        const list = group.map((r) => r.i);
        const same = previous.get(signature(list));
        if (same) return kept.add(same) && same;
        const f = `p:${nextFinal++}`;
        const stats = emptyStats();
        for (const i of list) {
          finalOf.set(i, f);
          addMention(stats, occs.get(i)!.article, occs.get(i)!.ref);
        }
        finals.set(f, { members: list, stats });
        changed.add(f);
        return f;
      });
      finalsOf.set(comp, ids);
    }
    for (const f of previous.values()) {
      if (kept.has(f)) continue;
      finals.delete(f);
      changed.add(f);
    }
    touched.clear();
    return changed;
  };
  /** Takes components apart and finds them again from their members (links may be gone). */
  const refind = (ids: Set<number>) => {
    const start = [...ids].flatMap((id) => comps.get(id) ?? []);
    for (const id of ids) if (comps.delete(id)) touched.add(id);
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
        if (comps.delete(old)) touched.add(old);
      }
      newComp(members);
    }
  };

  return {
    update(fresh, resided) {
      for (const i of fresh) {
        const o = source.occ(i);
        const name = proposalName(o.ref.label);
        occs.set(i, { ...o, name, sides: source.sidesOf(i), time: o.ref.date ? time(o.ref.date) : NaN, i });
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
        let comp = newComp([i]);
        for (const j of neighbours(i)) if (compOf.has(j)) comp = join(comp, compOf.get(j)!);
      }
      if (moved.length) refind(new Set(moved.map((i) => compOf.get(i)!)));
      return recut();
    },
    clusterOf: (i) => finalOf.get(i)!,
    members: (f) => [...(finals.get(f)?.members ?? [])],
    forEachMember: (f, fn) => finals.get(f)?.members.forEach((i) => fn(i)),
    stats: (f) => finals.get(f)?.stats ?? emptyStats(),
    exists: (f) => finals.has(f),
  };
}
