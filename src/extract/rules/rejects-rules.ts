// `rejects` rules: stances against a proposal ("rejected the call for a cease-fire",
// "will not follow the truce", "pour cold water on the proposals", "doubted the
// sincerity of the declaration").
import type { RelationRule } from './rule-types.ts';

const PROPOSAL: RelationRule['object'] = ['proposal'];

export const REJECTS_RULES: RelationRule[] = [
  { id: 'rejects.active', relation: 'rejects', object: PROPOSAL, example: "Haftar's militias rejected the government's call for a cease-fire",
    pattern: "(?<s>{LS}){ROLE}{APPOS}\\s+{ADV}{AUX}{ADV}(?:{V:reject})\\s+(?:[a-z-]+\\s+){0,2}?(?:{E}(?:'s|')?\\s+)?(?<o>{L})" },
  { id: 'rejects.will-not', keywords: ['not', 'won', 'never', 'refuse', 'decline'], relation: 'rejects', object: PROPOSAL, negated: true, example: 'the GNA will not follow the truce',
    pattern: "(?<s>{L}){ROLE}\\s+(?:[a-z]+\\s+){0,4}?(?:will not|won't|would not|did not|does not|do not|refused to|refuses to|declined to|declines to|not to|never)\\s+(?:[a-z]+\\s+)?(?:follow|accept|abide by|respect|join|sign|observe|commit to|honou?r|trust|recogni[sz]e)\\s+(?:[a-z-]+\\s+){0,2}?(?:{E}(?:'s|')?\\s+)?(?<o>{E})" },
  { id: 'rejects.cold-water', keywords: ['cold water'], relation: 'rejects', object: PROPOSAL, example: 'the GNA spokesman appeared to pour cold water on the Egyptian proposals',
    pattern: '(?<s>{L}){ROLE}{GAP}\\b(?:pour|pours|poured|pouring)\\s+cold\\s+water\\s+on\\s+(?:{E}\\s+)?(?<o>{E})' },
  { id: 'rejects.passive', keywords: [' by '], relation: 'rejects', object: PROPOSAL, example: 'the truce was rejected by the GNA',
    pattern: '(?<o>{E}),?\\s+{AUX}{ADV}(?:{V:reject})\\s+by\\s+(?<s>{LS})' },
  { id: 'rejects.doubt', keywords: ['doubt', 'question', 'dismiss'], relation: 'rejects', object: PROPOSAL, example: 'the minister doubted the sincerity of the Cairo Declaration',
    pattern: '(?<s>{L}){ROLE}{GAP}\\b(?:doubted|doubts|questioned|questions|dismissed)\\s+(?:the\\s+)?(?:sincerity|credibility|seriousness|value|legitimacy)\\s+of\\s+(?:{E}\\s+)?(?<o>{E})' },
];
