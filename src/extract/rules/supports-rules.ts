// `supports` rules the linker does not cover yet: "Turkish military support for the GNA",
// "sending troops to support", "provided by UAE to Haftar", "fighting alongside", "welcomed
// the ceasefire call", "taken the GNA's side".
import type { RelationRule } from './rule-types.ts';

const ALLY: RelationRule['object'] = ['actor', 'backer', 'proposal'];
const PROPOSAL: RelationRule['object'] = ['proposal'];

export const SUPPORTS_RULES: RelationRule[] = [
  { id: 'supports.noun', keywords: ['support', 'backing', 'assistance', 'aid', 'help'], relation: 'supports', object: ALLY, example: 'Turkish military support for the GNA',
    pattern: "(?<s>{LS})(?:'s|')?\\s+(?:[a-z-]+\\s+){0,2}?(?:support|backing|assistance|aid|help)\\s+(?:for|to)\\s+(?<o>{L})" },
  { id: 'supports.send-to-support', keywords: [' to '], relation: 'supports', object: ALLY, example: 'Turkey sending troops to support the government',
    pattern: '(?<s>{LS}){ROLE}{GAP}\\b\\b(?:troops|forces|soldiers|mercenaries|weapons|arms|drones|fighters|jets|equipment|advisers|experts|aircraft|militants)\\b{GAP}\\s+(?:to|in order to)\\s+(?:support|bolster|back|help|aid|defend|assist|reinforce|protect|shore up)\\s+(?<o>{L})' },
  { id: 'supports.provided-to', keywords: [' to '], relation: 'supports', object: ALLY, example: 'a system that was provided by UAE to Haftar',
    pattern: '(?:provided|supplied|delivered|sent|given|shipped|sold|transferred)\\s+(?:by|from)\\s+(?<s>{L})\\s+to\\s+(?<o>{E})' },
  { id: 'supports.fight-alongside', keywords: ['fight', 'fought'], relation: 'supports', object: ['actor', 'backer'], example: 'Wagner mercenaries fighting alongside Haftar',
    pattern: '(?<s>{L}){GAP}\\b(?:fighting|fought|fight|fights)\\s+(?:alongside|for|on behalf of|on the side of)\\s+(?<o>{E})' },
  { id: 'supports.welcome', relation: 'supports', object: PROPOSAL, example: 'the GNA welcoming the ceasefire call',
    pattern: "(?<s>{LS}){ROLE}{APPOS}\\s+{ADV}{AUX}{ADV}(?:{V:welcome})\\s+(?:[a-z-]+\\s+){0,2}?(?:{E}(?:'s|')?\\s+)?(?<o>{L})" },
  { id: 'supports.take-side', relation: 'supports', object: ['actor', 'backer'], keywords: ['side'], example: "Turkey and Qatar have taken the GNA's side",
    pattern: "(?<s>{LS}){ROLE}\\s+{ADV}{AUX}(?:taken|took|take|takes|taking)\\s+(?<o>{E})(?:'s|')?\\s+side" },
];
