// The query engine: read-only functions over a KnowledgeGraph that return plain data.
// The server and the CLI call these and only format the results.

// names
export { search, SCORE, RESOLVE_MIN_SCORE, type SearchOptions } from './search.ts';
export { resolveNode, type ResolveOptions } from './resolve-node.ts';

// nodes and neighbourhoods
export { node, type NodeDetails, type NodeFact } from './node.ts';
export { neighbours, MAX_NEIGHBOUR_DEPTH, type Neighbourhood, type NeighboursOptions } from './neighbours.ts';
export { filterGraph, type GraphFilter, type SerializedKnowledgeGraph } from './filter-graph.ts';

// paths
export { paths, type PathsResult } from './paths.ts';
export { DEFAULT_PATHS_OPTIONS, PATHS_BOUNDS, resolvePathsOptions, type PathsOptions } from './resolve-paths-options.ts';

// the conflict: backers, proposals, control, camps
export { backers, type Backer, type BackersResult } from './backers.ts';
export { proposals, type ProposalView, type Stance } from './proposals.ts';
export { control, type ControlPeriod, type ControlResult } from './control.ts';
export { camps, type Camp, type CampsResult } from './camps.ts';
export { signedPairs, SIGNED_WEIGHTS } from './signed-pairs.ts';

// where sources disagree, and who said what
export { disputes, type DisputesOptions, type DisputesResult } from './disputes.ts';
export { DISPUTE_KINDS, type Dispute, type DisputeKind, type DisputeSide, type ControlDispute, type StanceDispute, type DeniedDispute, type PartyRef } from './dispute-types.ts';
export { sources, type OutletSummary } from './sources.ts';
export { outletOf, outletsOf, citeEvidence, type CitedEvidence } from './outlets-of.ts';

// questions
export { ask, EXAMPLE_QUESTIONS, type AskResult } from './ask.ts';
export { QUESTION_TEMPLATES, type QuestionTemplate } from './question-templates.ts';

// shapes
export type { EdgeView, Hop, NodeRef, Path, SearchHit } from './types.ts';
