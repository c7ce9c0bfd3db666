// `supports` rules: alliances ("X-backed Y", "Y, backed by X", "countries including A, B
// and C supported Y", "X's key supporters") and stances on proposals ("welcomed the
// ceasefire", "the proposal won support from France").
import type { RelationRule } from './rule-types.ts';

const ALLY: RelationRule['object'] = ['actor', 'backer', 'proposal'];
const PROPOSAL: RelationRule['object'] = ['proposal'];

export const SUPPORTS_RULES: RelationRule[] = [
  { id: 'supports.x-backed-y', modalOk: true, keywords: ['-backed', '-supported', '-sponsored', '-armed', '-funded', '-allied', '-aligned', '- backed'], relation: 'supports', object: ALLY, example: 'the UN-backed GNA',
    pattern: '(?<s>{E})\\s*-\\s*(?:backed|supported|sponsored|armed|funded|allied|aligned)\\s+(?<o>{E})' },
  { id: 'supports.active', relation: 'supports', object: ALLY, example: 'Turkey and Qatar support the GNA',
    pattern: '(?<s>{LS}){ROLE}{APPOS}\\s+{ADV}{AUX}{ADV}(?:{V:support})\\s+(?<o>{L})' },
  { id: 'supports.role-in', keywords: ['role in', 'part in'], relation: 'supports', object: ALLY, example: 'Turkey played a pivotal role in supporting the legitimate government',
    pattern: '(?<s>{LS}){ROLE}{GAP}\\b\\b(?:role|part)\\s+in\\s+(?:supporting|backing|arming|defending|bolstering)\\s+(?<o>{L})' },
  { id: 'supports.passive', keywords: [' by '], relation: 'supports', object: ALLY, example: 'the GNA has been backed by Turkey',
    pattern: '(?<o>{E}),?\\s+(?:(?:which|who|that)\\s+)?{ADV}{AUX}{ADV}(?:backed|supported|armed|funded|sponsored|bolstered|financed|reinforced|aided|propped up)\\s+by\\s+(?<s>{LS})' },
  { id: 'supports.fronted-passive', keywords: [' by '], relation: 'supports', object: ALLY, example: 'Backed by Egypt and the UAE, Haftar launched…',
    pattern: '^[^«»]{0,12}?(?:backed|supported|armed|funded|sponsored)\\s+by\\s+(?<s>{LS}),\\s+(?<o>{L})' },
  { id: 'supports.one-of-supporters', modalOk: true, keywords: ['one of', 'among'], relation: 'supports', object: ALLY, example: "Sisi, one of Haftar's key foreign supporters",
    pattern: "(?<s>{L}),?\\s+(?:is\\s+|are\\s+)?(?:one of|among)\\s+(?<o>{E})(?:'s|')?\\s+(?:[a-z-]+\\s+){0,2}?(?:{V:supportNoun})\\b" },
  { id: 'supports.possessive-ally', modalOk: true, objectSourceNot: ['demonym'], keywords: ['all', 'backer', 'supporter', 'patron', 'sponsor'], relation: 'supports', object: ALLY, example: 'his ally, Egyptian President Sisi',
    pattern: "(?<o>{E})(?:'s|')?\\s+(?:[a-z-]+\\s+){0,2}?(?:ally|allies|backer|backers|supporter|supporters|patron|patrons|sponsor)\\s*,?\\s+(?<s>{E}(?:\\s+[a-z-]+(?:\\s+[a-z-]+)?\\s+{E})?)" },
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
  { id: 'supports.won-support', keywords: ['support', 'backing', 'endorsement', 'approval'], relation: 'supports', object: PROPOSAL, example: 'the proposal won support from France',
    pattern: '(?<o>{E})\\s+(?:won|wins|received|receives|gained|drew|got|garnered|enjoys|has)\\s+(?:the\\s+)?(?:[a-z]+\\s+)?(?:support|backing|endorsement|approval)\\s+(?:of|from)\\s+(?<s>{LS})' },
  { id: 'supports.welcomed-by', keywords: [' by '], relation: 'supports', object: PROPOSAL, example: 'the agreement was welcomed by the EU and a number of states, such as the US',
    pattern: '(?<o>{E}),?\\s+{AUX}{ADV}(?:{V:welcome})\\s+by\\s+(?<s>{LS})' },
  { id: 'supports.in-favour', keywords: ['favor', 'favour', 'support of'], relation: 'supports', object: PROPOSAL, example: 'a joint statement in favor of a truce',
    pattern: '(?<s>{L}){ROLE}{GAP}\\bin\\s+(?:favou?r|support)\\s+of\\s+(?<o>{E})' },
  // shapes seen outside the seed articles (dev/unlabeled and other outlets)
  { id: 'supports.is-supporter', relation: 'supports', object: ['actor', 'backer'], keywords: ['support', 'backer', 'all', 'sponsor', 'patron'], example: "Egypt is the key [Haftar's] supporter",
    pattern: "(?<s>{L}){ROLE}\\s+(?:is|are|was|were|remains?|remained|has been|have been)\\s+(?:(?:the|a|an|one of)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:(?<o>{E})(?:'s|')?\\s+(?:[a-z-]+\\s+){0,2}?(?:supporters?|backers?|allies|ally|sponsors?|patrons?)\\b|(?:supporters?|backers?|allies|ally|sponsors?|patrons?)\\s+of\\s+(?<o2>{E}))" },
  { id: 'supports.provide-support', relation: 'supports', object: ['actor', 'backer'], keywords: ['provid', 'giv', 'offer', 'lend', 'extend', 'send', 'sent'], example: 'Russia has sent combat aircraft to provide air support to Haftar',
    pattern: '(?<s>{LS}){ROLE}\\s+{GAP}\\b(?:provid\\w*|giv\\w*|gave|offer\\w*|lend\\w*|lent|extend\\w*|send\\w*|sent)\\s+(?:[a-z-]+\\s+){0,3}?(?:support|backing|assistance|aid|weapons|arms|troops|drones|funding|money|cover)\\s+(?:for|to)\\s+(?<o>{L})' },
  { id: 'supports.support-from', relation: 'supports', object: ['actor', 'backer'], keywords: ['from'], example: "Despite strong support from Russia and the UAE, Hafter's forces had been pushed back",
    pattern: '(?:^|,\\s+)[^«»]{0,25}?\\b(?:support|backing|help|assistance|aid)\\s+from\\s+(?<s>{LS})[^«»]{0,40}?,\\s+(?<o>{E})' },
  { id: 'supports.accused-of-backing', relation: 'supports', object: ['actor', 'backer'], keywords: ['accus'], confidence: 0.6, example: 'Ankara accused the UAE and Egypt of backing Haftar',
    pattern: '\\baccus\\w*\\s+(?<s>{L})\\s+of\\s+(?:[a-z]+\\s+)?(?:backing|supporting|arming|funding|financing|sponsoring)\\s+(?<o>{L})' },
  { id: 'supports.accused-passive', relation: 'supports', object: ['actor', 'backer'], keywords: ['accused', 'suspected', 'believed'], confidence: 0.6, example: 'The United Arab Emirates has been accused of supporting the RSF',
    pattern: '(?<s>{L}){ROLE}\\s+{ADV}{AUX}(?:accused|suspected|believed)\\s+(?:of|to be|to have been)\\s+(?:[a-z]+\\s+)?(?:backing|supporting|arming|funding|financing|sponsoring)\\s+(?<o>{L})' },
  { id: 'supports.take-side', relation: 'supports', object: ['actor', 'backer'], keywords: ['side'], example: "Turkey and Qatar have taken the GNA's side",
    pattern: "(?<s>{LS}){ROLE}\\s+{ADV}{AUX}(?:taken|took|take|takes|taking)\\s+(?<o>{E})(?:'s|')?\\s+side" },
  { id: 'supports.possessive-support-of', relation: 'supports', object: ['actor', 'backer'], keywords: ['support of', 'backing of', 'sponsorship of'], example: "Turkey's support of the Tripoli administration",
    pattern: "(?<s>{E})(?:'s|')\\s+(?:[a-z-]+\\s+){0,2}?(?:support|backing|sponsorship)\\s+of\\s+(?<o>{L})" },
  { id: 'supports.its-support-of', relation: 'supports', object: ['actor', 'backer'], subjectSource: ['pronoun'], keywords: ['support of', 'backing of', 'sponsorship of'], example: 'It accuses Turkey of occupying Libya through its support of the Tripoli administration',
    pattern: '(?<s>{E})\\s+(?:[a-z-]+\\s+){0,2}?(?:support|backing|sponsorship)\\s+of\\s+(?<o>{L})' },
  { id: 'supports.appositive-ally', relation: 'supports', object: ['actor', 'backer'], modalOk: true, keywords: ['ally of', 'allies of', 'backer of', 'backers of', 'supporter of', 'supporters of', 'patron of', 'sponsor of'], example: 'Russia, an ally of Syrian President Bashar al-Assad, called for restraint',
    pattern: '(?<s>{L}),\\s+(?:(?:a|an|the|one of the|among the)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:ally|allies|backer|backers|supporter|supporters|patron|sponsor)\\s+of\\s+(?<o>{E})' },
];
