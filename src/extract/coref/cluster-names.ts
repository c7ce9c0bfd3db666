// Groups the unknown names of one article: "Mohamad Gnounou" … "Gnounou" is one person,
// "Abdul Hadi Darah" … "Darah" too. Full names first; a shorter name joins the full name
// whose last words it matches (by transliteration skeleton), when that is unambiguous.
import { nameKeys } from '../../text/name-keys.ts';
import type { Mention } from '../pipeline-types.ts';

/** Map from mention id to a cluster key `name:<normalised longest form>`. */
export function clusterNames(names: Mention[]): Map<number, string> {
  const out = new Map<number, string>();
  const nameOf = (m: Mention) => m.canonical ?? m.text;
  const byLength = (a: Mention, b: Mention) => nameOf(b).length - nameOf(a).length;
  const typed = names.filter((m) => m.kind !== 'untyped').sort(byLength);
  const untyped = names.filter((m) => m.kind === 'untyped').sort(byLength);
  const clusters: Array<{ key: string; skeleton: string; type: string; kind: string }> = [];
  for (const m of [...typed, ...untyped]) {
    // the memoised keys, once per name (not once per cluster the name is compared with)
    const { skeleton, norm } = nameKeys(nameOf(m));
    const key = `name:${norm}`;
    const asTail = ` ${skeleton}`;
    const fits = (c: { type: string; kind: string }) => m.kind === 'untyped' || (c.type === m.type && c.kind !== 'untyped');
    // a short skeleton says too little ("Hama" and "Hmeimim" are both h-m): short names match as written
    const short = skeleton.replace(/ /g, '').length < 3;
    const exact = clusters.find((c) => (short ? c.key === key : c.skeleton === skeleton) && fits(c));
    const tail = exact ?? (() => {
      // a surname shortens a person's or a group's name, never a place's ("Nyala" is not "Blue Nile")
      if (short || m.type === 'city') return undefined;
      const hits = clusters.filter((c) => fits(c) && c.type !== 'city' && c.skeleton.endsWith(asTail));
      return hits.length === 1 ? hits[0] : undefined;
    })();
    if (tail) {
      out.set(m.id, tail.key);
      continue;
    }
    // an untyped name that shortens nothing is kept apart: it may yet be a town a verb takes
    clusters.push({ key, skeleton, type: m.type, kind: m.kind });
    out.set(m.id, key);
  }
  return out;
}
