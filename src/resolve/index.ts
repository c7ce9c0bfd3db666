// Resolution across articles: which mentions are the same real thing, and what the node
// that stands for them is called. Every rule is over the set of mentions, not their order.

// the resolution of a corpus
export { createResolution, refId, type Resolution, type ResolutionChange, type NodeGrowth } from './create-resolution.ts';

// its layers
export { createStrongClusters, type StrongClusters, type EntityOcc } from './strong-clusters.ts';
export { createShortForms, type ShortForms } from './short-forms.ts';
export { createProposalClusters, type ProposalClusters } from './proposal-clusters.ts';
export { linked, proposalName, dayGap, SAME_CALL_DAYS, SAME_NAME_DAYS, type ProposalOcc } from './proposal-links.ts';
export { canonicalEntity, canonicalProposal, mostCommon } from './canonical-node.ts';
export { createNodeKeyTable, type NodeKeyTable, type KeyClaim } from './node-key-table.ts';
export { createClusterSettler, type ClusterSettler, type ClusterLayer, type ClusterReading } from './settle-clusters.ts';
export { createClusterTotals, growthOf, type ClusterTotals } from './cluster-totals.ts';
export { emptyStats, addMention, mergeStats, combineStats, type MentionStats } from './mention-stats.ts';

// match keys
export { acronymOf, strongKeys, weakKeys, queryWeakKeys, groupOf } from './match-keys.ts';
