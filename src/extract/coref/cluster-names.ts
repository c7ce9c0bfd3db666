// Groups the unknown names of one article: "Mohamad Gnounou" … "Gnounou" is one person,
// "Abdul Hadi Darah" … "Darah" too. Full names first; a shorter name joins the full name
// whose last words it matches (by transliteration skeleton), when that is unambiguous.
import { normalizeName } from '../../text/normalize-name.ts';
import { skeletonKey } from '../../text/skeleton-key.ts';
import type { Mention } from '../pipeline-types.ts';

/** Map from mention id to a cluster key `name:<normalised longest form>`. */
export function clusterNames(names: Mention[]): Map<number, string> {
  const out = new Map<number, string>();
  const sorted = [...names].sort((a, b) => b.text.length - a.text.length);
  const clusters: Array<{ key: string; skeleton: string; type: string }> = [];
  for (const m of sorted) {
    const skeleton = skeletonKey(m.text);
    const exact = clusters.find((c) => c.skeleton === skeleton && c.type === m.type);
    const tail = exact ?? (() => {
      const hits = clusters.filter((c) => c.type === m.type && skeleton.length >= 2 && (c.skeleton.endsWith(` ${skeleton}`)));
      return hits.length === 1 ? hits[0] : undefined;
    })();
    if (tail) {
      out.set(m.id, tail.key);
      continue;
    }
    const key = `name:${normalizeName(m.text)}`;
    clusters.push({ key, skeleton, type: m.type });
    out.set(m.id, key);
  }
  return out;
}
