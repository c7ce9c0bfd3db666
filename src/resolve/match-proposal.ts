// Finds the existing proposal node a newly read proposal is the same as: same proposers
// (or their sides) within a week, or the same proper name within two months. Sarraj's
// call of 21 Aug 2020 told by two outlets is one node.
import { normalizeName } from '../text/normalize-name.ts';
import type { KnowledgeGraph, ProposalRef } from '../types.ts';

const SAME_CALL_DAYS = 7;
const SAME_NAME_DAYS = 60;

const days = (a?: string, b?: string): number => {
  if (!a || !b) return Infinity;
  const pa = Date.parse(a.length === 4 ? `${a}-07-01` : a.length === 7 ? `${a}-15` : a);
  const pb = Date.parse(b.length === 4 ? `${b}-07-01` : b.length === 7 ? `${b}-15` : b);
  return Math.abs(pa - pb) / 86_400_000;
};
const baseName = (label: string) => normalizeName(label.replace(/\s*\(\d{4}(-\d{2}){0,2}\)$/, ''));

/** Key of the matching proposal node, or undefined. `proposers` are node keys (with their sides). */
export function matchProposal(graph: KnowledgeGraph, ref: ProposalRef, proposers: string[], sidesOf: (key: string) => string[] = (k) => [k]): string | undefined {
  const named = !/^ceasefire( call by .*)?$/i.test(ref.label.replace(/\s*\(.*\)$/, ''));
  const wanted = new Set(proposers);
  let best: string | undefined;
  let bestDays = Infinity;
  graph.forEachNode((key, a) => {
    if (a.type !== 'proposal') return;
    const gap = days(a.date, ref.date);
    const sameName = named && baseName(a.label) === baseName(ref.label) && gap <= SAME_NAME_DAYS;
    let shared = false;
    if (wanted.size && gap <= SAME_CALL_DAYS) {
      graph.forEachInEdge(key, (_e, ea, source) => {
        if (ea.relation === 'proposes' && sidesOf(source).some((k) => wanted.has(k))) shared = true;
      });
    }
    if ((sameName || shared) && gap < bestDays) [best, bestDays] = [key, gap];
  });
  return best;
}
