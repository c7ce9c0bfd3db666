// The shapes GET /api/disputes and `conflict-kg disputes` return: each dispute has a kind,
// a one-line summary and `claims`, one per side, each with its cited evidence.
import type { NodeType, Relation } from '../types.ts';
import type { CitedEvidence } from './outlets-of.ts';
import type { NodeRef } from './types.ts';

export type DisputeKind = 'control' | 'stance' | 'denied';
export const DISPUTE_KINDS: readonly DisputeKind[] = ['control', 'stance', 'denied'];

/** A party as a claim names it: a graph node when one stands for it, else just its name. */
export interface PartyRef {
  key?: string;
  label: string;
  type: NodeType;
  kind: string;
}

/** One side of a dispute. */
export interface DisputeSide {
  /** The side in words: "Khalifa Haftar controls Sirte". */
  says: string;
  /** Distinct outlets of the evidence, sorted. */
  outlets: string[];
  evidence: CitedEvidence[];
}

/** control: a place claimed by two holders (not allies) for overlapping times by different articles. */
export interface ControlDispute {
  kind: 'control';
  summary: string;
  place: NodeRef;
  /** The overlap, as far as the dates tell (open ends are unknown). */
  from?: string;
  to?: string;
  claims: Array<DisputeSide & { holder: NodeRef; since?: string; until?: string }>;
}

/** stance: a party that both supports and rejects one proposal; `change` when the dates part them. */
export interface StanceDispute {
  kind: 'stance';
  summary: string;
  party: NodeRef;
  proposal: NodeRef;
  nature: 'change' | 'contradiction';
  /** Sides in date order; a change goes from claims[0].stance to claims[1].stance. */
  claims: Array<DisputeSide & { stance: 'supports' | 'rejects'; date?: string }>;
}

/** denied: an attribution the text disputes, kept as a claim with its denial, never as a fact. */
export interface DeniedDispute {
  kind: 'denied';
  summary: string;
  claim: { subject: PartyRef; relation: Relation; object: PartyRef };
  claims: Array<DisputeSide & { role: 'claim' | 'denial'; by?: PartyRef }>;
}

export type Dispute = ControlDispute | StanceDispute | DeniedDispute;
