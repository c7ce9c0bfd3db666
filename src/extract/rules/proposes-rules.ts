// `proposes` rules: who put a ceasefire forward ("Sisi proposed a ceasefire", "Putin's
// call for a ceasefire", "the truce unilaterally called by Haftar", "calls for a
// ceasefire by Turkey and Russia", "the Egyptian proposals").
import type { RelationRule } from './rule-types.ts';

const PROPOSAL: RelationRule['object'] = ['proposal'];

export const PROPOSES_RULES: RelationRule[] = [
  { id: 'proposes.active', relation: 'proposes', object: PROPOSAL, example: 'Sisi proposed a ceasefire',
    pattern: '(?<s>{LS}){ROLE}{APPOS}\\s+{ADV}{AUX}{ADV}(?:{V:propose})\\s+(?:(?:on|for)\\s+)?(?<o>{E})' },
  { id: 'proposes.possessive', keywords: ['\''], relation: 'proposes', object: PROPOSAL, example: "Putin's call for a ceasefire",
    pattern: "(?<s>{L})(?:'s|')\\s+(?:[a-z-]+\\s+){0,2}?(?<o>{E})" },
  { id: 'proposes.demonym', relation: 'proposes', object: PROPOSAL, subjectSource: ['demonym'], example: 'the Egyptian proposals',
    pattern: '(?<s>{L})\\s+(?<o>{E})' },
  { id: 'proposes.x-brokered', keywords: ['-'], relation: 'proposes', object: PROPOSAL, example: 'a UN-brokered ceasefire',
    pattern: '(?<s>{E})\\s*-\\s*(?:brokered|led|sponsored|mediated|hosted|proposed|drafted)\\s+(?:[a-z-]+\\s+){0,2}?(?<o>{E})' },
];
