// The second layer of resolution: a short form joins the one full name it can stand for.
// A strong cluster is short when none of its labels has two words ("Gnounou", "VBC"); it
// probes surname and acronym keys, and a full cluster (two-word labels, or a lexicon
// anchor) carries them ("Mohamad Gnounou" → surname "kn"; "Volcano Brigade Command" → "vbc").
// A short cluster attaches to a full one when exactly one full cluster answers its probes
// (a key carried by two full clusters answers nothing: "Mismari" stays apart when there are
// two Mismaris). Full clusters never attach, so nothing chains, and attachment is a rule
// over the current clusters, whatever order the articles came in.
import type { StrongClusters } from './strong-clusters.ts';

export interface ShortForms {
  /**
   * Re-reads these strong clusters; returns the final clusters whose members may have
   * changed, and the strong clusters now attached elsewhere (or no longer attached).
   */
  update(changed: Iterable<string>): { finals: Set<string>; retargeted: Set<string> };
  /** Its target when a strong cluster is an attached short form, else itself. */
  finalOf(strong: string): string;
  /** The short forms attached to a final cluster. */
  attachedTo(final: string): string[];
}

interface Summary {
  full: boolean;
  keys: string[];
}

const indexAdd = (index: Map<string, Set<string>>, k: string, v: string) => (index.get(k) ?? index.set(k, new Set()).get(k)!).add(v);
const indexDelete = (index: Map<string, Set<string>>, k: string, v: string) => {
  const set = index.get(k);
  set?.delete(v);
  if (set?.size === 0) index.delete(k);
};

/** @example const short = createShortForms(strong); short.update(strong.add([0]).changed).finals */
export function createShortForms(strong: StrongClusters): ShortForms {
  const summaries = new Map<string, Summary>();
  const carriers = new Map<string, Set<string>>(); // weak key → full clusters carrying it
  const probers = new Map<string, Set<string>>(); // weak key → short clusters probing it
  const attach = new Map<string, string>();
  const attached = new Map<string, Set<string>>();

  // a lexicon anchor is full: its keys are read without combining its groups' counts (Turkey's thousands of articles)
  const summarise = (cluster: string): Summary => {
    if (cluster.startsWith('i:')) return { full: true, keys: [...strong.weakKeys(cluster)] };
    const stats = strong.stats(cluster);
    return { full: stats.full, keys: stats.full ? [...stats.weak] : [...new Set([...stats.weak, ...stats.probes])] };
  };
  const targetOf = (short: string): string | undefined => {
    const targets = new Set<string>();
    for (const k of summaries.get(short)!.keys) {
      const c = carriers.get(k);
      if (c?.size === 1) targets.add([...c][0]);
    }
    return targets.size === 1 ? [...targets][0] : undefined;
  };
  let retargeted = new Set<string>();
  const setTarget = (short: string, target: string | undefined) => {
    const old = attach.get(short);
    if (old === target) return;
    retargeted.add(short);
    if (old) indexDelete(attached, old, short);
    if (target) {
      attach.set(short, target);
      indexAdd(attached, target, short);
    } else attach.delete(short);
  };
  const finalOf = (s: string) => attach.get(s) ?? s;

  return {
    finalOf,
    attachedTo: (final) => [...(attached.get(final) ?? [])],
    update(changed) {
      const affected = new Set<string>();
      retargeted = new Set();
      const carrierKeys = new Set<string>();
      const reeval = new Set<string>();
      for (const s of new Set(changed)) {
        affected.add(finalOf(s));
        const old = summaries.get(s);
        for (const k of old?.keys ?? []) indexDelete(old!.full ? carriers : probers, k, s);
        if (old?.full) old.keys.forEach((k) => carrierKeys.add(k));
        summaries.delete(s);
        if (!strong.exists(s)) {
          setTarget(s, undefined);
          continue;
        }
        const fresh = summarise(s);
        summaries.set(s, fresh);
        for (const k of fresh.keys) indexAdd(fresh.full ? carriers : probers, k, s);
        if (fresh.full) fresh.keys.forEach((k) => carrierKeys.add(k));
        if (fresh.full) setTarget(s, undefined);
        else reeval.add(s);
        affected.add(s);
      }
      for (const k of carrierKeys) for (const p of probers.get(k) ?? []) reeval.add(p);
      for (const p of reeval) {
        affected.add(finalOf(p));
        setTarget(p, targetOf(p));
        affected.add(finalOf(p));
      }
      return { finals: affected, retargeted };
    },
  };
}
