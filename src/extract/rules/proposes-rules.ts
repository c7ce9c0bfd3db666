// `proposes` rules: who put a ceasefire forward ("Sisi proposed a ceasefire", "Putin's
// call for a ceasefire", "the truce unilaterally called by Haftar", "calls for a
// ceasefire by Turkey and Russia", "the Egyptian proposals").
import type { RelationRule } from './rule-types.ts';

const PROPOSAL: RelationRule['object'] = ['proposal'];

export const PROPOSES_RULES: RelationRule[] = [
  { id: 'proposes.active', relation: 'proposes', object: PROPOSAL, example: 'Sisi proposed a ceasefire',
    pattern: '(?<s>{LS}){ROLE}{APPOS}\\s+{ADV}{AUX}{ADV}(?:{V:propose})\\s+(?:(?:on|for)\\s+)?(?<o>{E})' },
  { id: 'proposes.call-on', keywords: ['call', 'urg', 'ask', 'instruct', 'order', 'invit'], relation: 'proposes', object: PROPOSAL, example: 'Sarraj called on allied forces to comply with an immediate truce',
    pattern: '(?<s>{LS}){ROLE}\\s+{ADV}{AUX}(?:called|calls|calling|call|urged|urges|urging|asked|asks|instructed|ordered|invited)\\s+(?:on\\s+|for\\s+|upon\\s+)?[^«»]{0,40}?\\bto\\s+(?:(?:comply with|observe|respect|abide by|commit to|accept|agree to|declare|announce|implement|reach|sign)\\s+)?(?<o>{E})' },
  { id: 'proposes.passive', keywords: [' by '], relation: 'proposes', object: PROPOSAL, example: 'the truce unilaterally called the day before by warlord Khalifa Haftar',
    pattern: '(?<o>{E}),?\\s+(?:[a-z]+\\s+){0,4}?(?:{V:proposePassive})\\s+(?:[a-z]+\\s+){0,4}?by\\s+(?<s>{L})' },
  { id: 'proposes.by', keywords: [' by ', ' from '], relation: 'proposes', object: PROPOSAL, example: 'calls for a ceasefire by Turkey and Russia',
    pattern: '(?<o>{E})\\s+(?:from|by)\\s+(?<s>{L})' },
  { id: 'proposes.possessive', keywords: ['\''], relation: 'proposes', object: PROPOSAL, example: "Putin's call for a ceasefire",
    pattern: "(?<s>{L})(?:'s|')\\s+(?:[a-z-]+\\s+){0,2}?(?<o>{E})" },
  { id: 'proposes.demonym', keywords: ['» «'], relation: 'proposes', object: PROPOSAL, subjectSource: ['demonym'], example: 'the Egyptian proposals',
    pattern: '(?<s>{L})\\s+(?<o>{E})' },
  { id: 'proposes.x-brokered', keywords: ['-'], relation: 'proposes', object: PROPOSAL, example: 'a UN-brokered ceasefire',
    pattern: '(?<s>{E})\\s*-\\s*(?:brokered|led|sponsored|mediated|hosted|proposed|drafted)\\s+(?:[a-z-]+\\s+){0,2}?(?<o>{E})' },
  { id: 'proposes.after-suggested', relation: 'proposes', object: PROPOSAL, keywords: ['after'], example: 'Haftar has declared a ceasefire after Russian and Turkish presidents suggested it',
    pattern: '(?<o>{E})[^«»]{0,30}?\\bafter\\s+(?<s>{L}){ROLE}\\s+(?:had\\s+|have\\s+|has\\s+)?(?:suggested|proposed|called for|urged|brokered|requested|demanded)\\b' },
];
