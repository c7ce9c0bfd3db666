// Proposals across articles, by the local rules of split-proposals.ts: reports kept in
// date order per name (named) and per first proposer side (unnamed), cut into windows,
// unnamed windows joined to the one named window they link to. A new report recomputes
// only the windows of its name or side and the attachments within a week of what changed,
// so the cost of an article does not grow with how long a side has been calling for peace.
import { dateIndex } from './date-index.ts';
import { addMention, emptyStats, type MentionStats } from './mention-stats.ts';
import { linked, proposalName, SAME_CALL_DAYS, SAME_NAME_DAYS, type ProposalOcc } from './proposal-links.ts';
import { groupId, insertSorted, rewindow, type Report } from './split-proposals.ts';

export interface ProposalClusters {
  /** Registers new reports and re-reads the sides of `resided` ones; returns the proposals that changed (gone or new). */
  update(fresh: readonly number[], resided: Iterable<number>): Set<string>;
  clusterOf(occ: number): string;
  members(cluster: string): number[];
  forEachMember(cluster: string, fn: (occ: number) => void): void;
  stats(cluster: string): MentionStats;
  exists(cluster: string): boolean;
}

export interface ProposalSource {
  occ(i: number): Omit<ProposalOcc, 'name' | 'sides'>;
  /** The sides of an occurrence's proposers, sorted, as resolution now sees them. */
  sidesOf(i: number): string[];
}

const time = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
/** The sequence a report is windowed in: its name, or its first side; none for a loose one (undated, or no side). */
const sequenceOf = (r: Report) => (Number.isNaN(r.time) ? undefined : r.name ? `n:${r.name}` : r.sides.length ? `s:${r.sides[0]}` : undefined);

/** @example const proposals = createProposalClusters(source); proposals.update([3], []); proposals.clusterOf(3) */
export function createProposalClusters(source: ProposalSource): ProposalClusters {
  const reports = new Map<number, Report>();
  const at = (i: number) => reports.get(i)!;
  const sequences = new Map<string, number[]>();
  const namedBySide = dateIndex((i) => at(i).time);
  const unnamedBySide = dateIndex((i) => at(i).time);
  const windowIds = new Map<string, string[]>(); // sequence → its windows
  const windowMembers = new Map<string, number[]>();
  const windowOf = new Map<number, string>();
  const attach = new Map<string, string>(); // unnamed window → the named window it joins
  const joinedBy = new Map<string, Set<string>>(); // named window → the unnamed windows that join it
  const finals = new Map<string, { members: number[]; stats: MentionStats }>();
  const finalOf = new Map<number, string>();

  const file = (i: number, on: boolean) => {
    const r = at(i);
    const seq = sequenceOf(r);
    if (!seq) return;
    const list = sequences.get(seq) ?? sequences.set(seq, []).get(seq)!;
    if (on) insertSorted(list, i, at);
    else list.splice(list.indexOf(i), 1);
    for (const side of r.sides) (on ? (r.name ? namedBySide : unnamedBySide).add : (r.name ? namedBySide : unnamedBySide).remove)(side, i);
  };
  /** Unnamed windows within a week (sharing a side) of these reports: their attachment may change. */
  const near = (members: number[], out: Set<string>) => {
    for (const i of members) for (const side of at(i).sides) for (const u of unnamedBySide.within(side, at(i).time, SAME_CALL_DAYS)) out.add(windowOf.get(u)!);
  };
  const setAttach = (w: string, target: string | undefined) => {
    const old = attach.get(w);
    if (old) joinedBy.get(old)!.delete(w);
    if (old && !joinedBy.get(old)!.size) joinedBy.delete(old);
    if (target) [attach.set(w, target), (joinedBy.get(target) ?? joinedBy.set(target, new Set()).get(target)!).add(w)];
    else attach.delete(w);
  };
  /** Marks a sequence to window again between these times. */
  const touch = (dirty: Map<string, [number, number]>, seq: string | undefined, t: number) => {
    if (!seq) return;
    const span = dirty.get(seq);
    dirty.set(seq, span ? [Math.min(span[0], t), Math.max(span[1], t)] : [t, t]);
  };
  const targetOf = (w: string): string | undefined => {
    const targets = new Set<string>();
    for (const u of windowMembers.get(w)!) for (const side of at(u).sides) {
      for (const r of namedBySide.within(side, at(u).time, SAME_CALL_DAYS)) if (linked(at(u), at(r))) targets.add(windowOf.get(r)!);
    }
    return targets.size === 1 ? [...targets][0] : undefined;
  };

  return {
    update(fresh, resided) {
      const dirty = new Map<string, [from: number, to: number]>(); // sequence → the dates where reports came or went
      const affected = new Set<number>(); // reports whose proposal may change
      for (const i of fresh) {
        const o = source.occ(i);
        reports.set(i, { ...o, name: proposalName(o.ref.label), sides: source.sidesOf(i), time: o.ref.date ? time(o.ref.date) : NaN, i });
        file(i, true);
        affected.add(i);
        touch(dirty, sequenceOf(at(i)), at(i).time);
      }
      const recheck = new Set<string>();
      const resettled: number[] = [];
      for (const i of resided) {
        const r = reports.get(i);
        const sides = source.sidesOf(i);
        if (!r || affected.has(i) || (sides.length === r.sides.length && sides.every((s, k) => s === r.sides[k]))) continue;
        const before = sequenceOf(r);
        if (r.name && !Number.isNaN(r.time)) near([i], recheck); // the unnamed windows it linked to by its old sides
        file(i, false);
        reports.set(i, { ...r, sides });
        file(i, true);
        for (const seq of [before, sequenceOf(at(i))]) touch(dirty, seq, r.time);
        affected.add(i);
        resettled.push(i);
      }
      for (const [seq, [from, to]] of dirty) {
        const all = windowIds.get(seq) ?? [];
        const days = seq.startsWith('n:') ? SAME_NAME_DAYS : SAME_CALL_DAYS;
        const { keep, drop, fresh: now } = rewindow(sequences.get(seq) ?? [], all.map((id) => windowMembers.get(id)!), at, days, from, to);
        const before = all.slice(keep, drop);
        const ids = now.map((m) => groupId(`w|${seq}`, m)); // a report that moves sequence gets another window id
        const [had, has] = [new Set(before), new Set(ids)];
        for (const id of before) if (!has.has(id)) {
          windowMembers.get(id)!.forEach((i) => affected.add(i));
          if (seq.startsWith('n:')) near(windowMembers.get(id)!, recheck);
          windowMembers.get(attach.get(id) ?? '')?.forEach((i) => affected.add(i)); // the proposal it had joined loses it
          windowMembers.delete(id);
          setAttach(id, undefined);
        }
        now.forEach((m, k) => {
          if (had.has(ids[k])) return;
          windowMembers.set(ids[k], m);
          for (const i of m) [windowOf.set(i, ids[k]), affected.add(i)];
          if (seq.startsWith('n:')) near(m, recheck);
          else recheck.add(ids[k]);
        });
        windowIds.set(seq, [...all.slice(0, keep), ...ids, ...all.slice(drop)]);
      }
      for (const i of affected) {
        if (sequenceOf(at(i))) windowMembers.delete(`o:${i}`); // no longer a window of its own
        else [windowMembers.set(`o:${i}`, [i]), windowOf.set(i, `o:${i}`)];
      }
      // a report whose sides changed links to other windows now, even where its window stayed the same
      for (const i of resettled) {
        if (at(i).name) near([i], recheck);
        else recheck.add(windowOf.get(i)!);
      }
      for (const w of recheck) {
        if (!windowMembers.has(w)) continue;
        const target = targetOf(w);
        if ((attach.get(w) ?? '') === (target ?? '')) continue;
        for (const i of windowMembers.get(w)!) affected.add(i);
        for (const t of [attach.get(w), target]) if (t) windowMembers.get(t)?.forEach((i) => affected.add(i));
        setAttach(w, target);
      }
      return regroup(affected);
    },
    clusterOf: (i) => finalOf.get(i)!,
    members: (f) => [...(finals.get(f)?.members ?? [])],
    forEachMember: (f, fn) => finals.get(f)?.members.forEach((i) => fn(i)),
    stats: (f) => finals.get(f)?.stats ?? emptyStats(),
    exists: (f) => finals.has(f),
  };

  /** The proposals of the affected reports, again: a named window with the unnamed windows that join it, or a window alone. */
  function regroup(affected: Set<number>): Set<string> {
    const before = new Set<string>();
    const roots = new Set<string>();
    for (const i of affected) {
      const w = windowOf.get(i)!;
      roots.add(attach.get(w) ?? w);
      const old = finalOf.get(i);
      if (old) before.add(old);
    }
    const now = new Set<string>();
    const changed = new Set<string>();
    for (const root of roots) {
      if (attach.has(root)) continue; // joined to a named window: part of that proposal
      const members = [root, ...(joinedBy.get(root) ?? [])].flatMap((w) => windowMembers.get(w) ?? []);
      if (!members.length) continue;
      const id = groupId('p', members);
      now.add(id);
      if (before.has(id)) continue; // the same reports as before: the same proposal
      const stats = emptyStats();
      for (const i of members) {
        finalOf.set(i, id);
        addMention(stats, at(i).article, at(i).ref);
      }
      finals.set(id, { members, stats });
      changed.add(id);
    }
    for (const id of before) {
      if (now.has(id)) continue;
      finals.delete(id);
      changed.add(id);
    }
    return changed;
  }
}
