// The one registry of how things look: node type → colour and sigma program, relation →
// edge colour, camp number → colour. The legend, the filters and the reducers read it.
import type { NodeType } from './api-types.ts';

export interface NodeTypeStyle {
  label: string;
  colour: string;
  /** Key in sigma's nodeProgramClasses. */
  program: 'circle';
}

export const NODE_TYPE_STYLES: Record<NodeType, NodeTypeStyle> = {
  actor: { label: 'Actor', colour: '#d1495b', program: 'circle' },
  backer: { label: 'Backer', colour: '#2f6fbd', program: 'circle' },
  city: { label: 'City', colour: '#2a9d8f', program: 'circle' },
  proposal: { label: 'Proposal', colour: '#e9a80f', program: 'circle' },
};

export const NODE_TYPES = Object.keys(NODE_TYPE_STYLES) as NodeType[];

/** Relations of the guidelines; an unknown relation the server adds gets OTHER_RELATION_COLOUR. */
export const RELATION_COLOURS: Record<string, string> = {
  supports: '#3a9b3a',
  rejects: '#d62728',
  controls: '#7f5a3c',
  proposes: '#8e44ad',
};
export const OTHER_RELATION_COLOUR = '#888888';

export const DIMMED_COLOUR = '#e4e4e4';
export const UNKNOWN_TYPE_COLOUR = '#999999';

const CAMP_COLOURS = ['#e15759', '#4e79a7', '#59a14f', '#b07aa1', '#f28e2b', '#76b7b2', '#edc948', '#9c755f'];
export const NO_CAMP_COLOUR = '#c8c8c8';

/** @example nodeColour('backer') → '#2f6fbd' */
export function nodeColour(type: string): string {
  return NODE_TYPE_STYLES[type as NodeType]?.colour ?? UNKNOWN_TYPE_COLOUR;
}

/** @example relationColour('rejects') → '#d62728' */
export function relationColour(relation: string): string {
  return RELATION_COLOURS[relation] ?? OTHER_RELATION_COLOUR;
}

/** @example campColour(0) → '#e15759'; campColour(undefined) → NO_CAMP_COLOUR */
export function campColour(camp: number | undefined): string {
  return camp === undefined ? NO_CAMP_COLOUR : CAMP_COLOURS[camp % CAMP_COLOURS.length];
}
