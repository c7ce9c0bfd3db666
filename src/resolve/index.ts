// Resolution across articles: which mentions are the same real thing.

export { createResolver, type Resolver } from './create-resolver.ts';
export { matchProposal } from './match-proposal.ts';
export { acronymOf, strongKeys, weakKeys, queryWeakKeys, groupOf } from './match-keys.ts';
