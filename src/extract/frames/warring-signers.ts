// "signed by Aliyev, Pashinyan and Putin": outside powers that conclude a deal propose it
// (the linker's `byType` frames, marked OUTSIDE_SIGNER), but a state the article has
// holding or taking ground is a warring party, and signs it: its `proposes` becomes `supports`.
import type { ArticleEntity, Mention, RawFact } from '../pipeline-types.ts';
import type { Lexicon } from '../../lexicon/lexicon-types.ts';
import { OUTSIDE_SIGNER } from './link-verbs.ts';

/** Rewrites, in place, the outside signatures of parties that hold ground in `raw`. */
export function signAsWarringParties(raw: RawFact[], byId: Map<number, Mention>, entities: Map<string, ArticleEntity>, lexicon: Lexicon): void {
  const holders = new Set(raw.filter((f) => f.relation === 'controls').map((f) => byId.get(f.subject)?.entity).filter(Boolean));
  const sideOf = (key: string) => entities.get(key)?.affiliation ?? lexicon.entries.get(key)?.affiliation;
  for (const f of raw) {
    if (f.relation !== 'proposes' || !f.rule.endsWith(OUTSIDE_SIGNER)) continue;
    const key = byId.get(f.subject)?.entity;
    if (key && (holders.has(key) || holders.has(sideOf(key)))) f.relation = 'supports';
  }
}
