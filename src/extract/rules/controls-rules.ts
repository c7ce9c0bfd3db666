// `controls` rules: who holds which place, and when that changed ("Haftar's bases in
// Sirte and Jufra, currently under their control"; "the army liberated Tarhuna, the last
// stronghold of Haftar"; "liberate Sirte and Jufra from Haftar's militia").
import type { RelationRule } from './rule-types.ts';

const HOLDER: RelationRule['subject'] = ['actor', 'backer'];
const PLACE: RelationRule['object'] = ['city'];
const base = { relation: 'controls' as const, subject: HOLDER, object: PLACE };

export const CONTROLS_RULES: RelationRule[] = [
  { ...base, id: 'controls.active', example: 'Haftar, whose militia still controls the east',
    pattern: '(?<s>{LS}){ROLE}\\s+{ADV}{AUX}{ADV}(?<v>{V:control})\\s+(?:(?:full|complete|most|much|parts|part|all|effective)\\s+(?:of\\s+)?)?(?:control\\s+(?:of|over)\\s+)?(?<o>{L})' },
  { ...base, id: 'controls.capture', change: 'by-tense', example: 'fighters loyal to Haftar have taken the city of Sirte',
    pattern: '(?<s>{LS}){ROLE}\\s+{ADV}{AUX}{ADV}(?<v>{V:capture})\\s+{PLACEWORDS}(?<o>{L})(?!\\s+[^«»]{0,40}?\\bfrom\\s)' },
  { ...base, id: 'controls.capture-including', keywords: ['including', 'such as'], change: 'by-tense', example: 'the government recently regained strategic locations, including al Watiya air base',
    pattern: '(?<s>{E}){ROLE}\\s+[^«»]{0,80}?\\b(?<v>regained|seized|captured|took|retook|recaptured|liberated|took control of)\\s+[^«»]{0,40}?(?:including|such as)\\s+(?<o>{L})' },
  { ...base, id: 'controls.announced-liberation', keywords: ['liberation', 'capture', 'seizure', 'takeover', 'recapture'], change: 'gained', example: 'the Libyan Army announced the complete liberation of the capital Tripoli',
    pattern: '(?<s>{L}){ROLE}{GAP}\\b(?:announced|declared|completed|confirmed|celebrated)\\s+(?:the\\s+)?(?:complete\\s+|full\\s+|total\\s+)?(?:liberation|capture|seizure|takeover|recapture)\\s+of\\s+(?:[a-z-]+\\s+){0,3}?(?<o>{L})' },
  { ...base, id: 'controls.liberate-from', keywords: ['from'], change: 'by-tense', holderLoses: true, modalOk: true, example: 'an operation to liberate Sirte and Jufra from the Haftar militia',
    pattern: '(?:(?<n>{L}){ROLE}{GAP}\\b)?(?<v>{V:capture}|drive|drove|expel|expelled|oust|ousted)\\s+{PLACEWORDS}(?<o>{L})\\s+(?:[^«»]{0,40}?\\s+)?from\\s+(?:[a-z-]+\\s+){0,2}?(?<s>{E})' },
  { ...base, id: 'controls.passive', keywords: [' by '], change: 'by-tense', example: 'Sirte, which was re-captured by pro-government troops from IS in 2016',
    pattern: '(?<o>{L}),?\\s+(?:(?:which|that)\\s+)?{AUX}{ADV}(?<v>controlled|held|seized|captured|taken|occupied|retaken|recaptured|re-captured|liberated|overrun|run|dominated|entered)\\s+by\\s+(?<s>{L})(?:\\s+from\\s+(?<h>{E}))?' },
  { ...base, id: 'controls.under-control', keywords: ['under'], modalOk: true, example: 'bases in Sirte and Jufra, currently under their control',
    pattern: "(?<o>{L}),?\\s+(?:(?:which|that)\\s+(?:is|are|was|were|remains?|remained)\\s+)?(?:[a-z]+\\s+)?under\\s+(?:(?:the\\s+)?(?:full\\s+|firm\\s+)?(?:control|grip|rule|command)\\s+of\\s+(?<s>{E})|(?<s2>{E})(?:'s|')?\\s+(?:[a-z]+\\s+)?(?:control|grip|rule))" },
  { ...base, id: 'controls.stronghold-of', keywords: ['stronghold', 'bastion', 'base', 'hub', 'headquarters', 'seat', 'fiefdom'], modalOk: true, example: 'Tarhuna – the last stronghold of Haftar',
    pattern: '(?<o>{E}),?\\s*(?:–|-|,)?\\s*(?:(?:a|the|its|his|their)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:stronghold|bastion|bases?|hub|headquarters|seat|power base|fiefdom)\\s+of\\s+(?<s>{E})' },
  { ...base, id: 'controls.possessive-stronghold', keywords: ['stronghold', 'bastion', 'base', 'headquarters', 'fiefdom'], modalOk: true, example: "Haftar's bases in Sirte and Jufra",
    pattern: "(?<s>{E})(?:'s|')\\s+(?:[a-z-]+\\s+){0,2}?(?:stronghold|bastion|bases?|headquarters|power base|fiefdom)\\s+(?:of|in|at)\\s+(?<o>{L})" },
  { ...base, id: 'controls.former-stronghold', keywords: ['former'], change: 'former', example: 'Sirte, a former Islamic State group stronghold',
    pattern: '(?<o>{E}),?\\s+(?:a|the)\\s+former\\s+(?<s>{E})\\s+(?:group\\s+)?(?:stronghold|bastion|base|capital)' },
  { ...base, id: 'controls.x-held', keywords: ['-held', '-controlled', '-occupied', '-run'], modalOk: true, example: 'Haftar-held Sabratha',
    pattern: '(?<s>{E})\\s*-\\s*(?:held|controlled|occupied|run)\\s+(?:[a-z-]+\\s+){0,2}?(?<o>{L})' },
  { ...base, id: 'controls.after-retaking', keywords: ['after', 'since', 'following'], change: 'gained', example: 'after restoring the city of Tarhunah at the beginning of last June, the government forces headed toward Sirte',
    pattern: '(?:^|,\\s+|\\bthat\\s+)[^«»]{0,20}?\\b(?:after|since|following)\\s+(?<v>restoring|retaking|recapturing|seizing|capturing|liberating|taking|regaining|entering)\\s+(?:[a-z-]+\\s+){0,4}?(?<o>{L})[^«»]{0,60}?,\\s+(?<s>{E})' },
  { ...base, id: 'controls.after-seizing', keywords: ['after'], change: 'gained', example: 'the LNA is advancing after seizing control of Ghardabiya airport',
    pattern: '(?<s>{E})\\s+(?:(?!\\bthat\\b)[^;]){0,100}?\\bafter\\s+(?<v>seizing|capturing|taking|retaking|entering|liberating)\\s+(?:[a-z-]+\\s+){0,3}?(?<o>{L})' },
  { ...base, id: 'controls.lost', change: 'lost', example: 'Haftar lost Gharyan',
    pattern: '(?<s>{LS}){ROLE}\\s+{ADV}{AUX}(?<v>{V:lose})\\s+{PLACEWORDS}(?<o>{L})' },
  { ...base, id: 'controls.fell-to', change: 'gained', keywords: ['fell', 'fallen', 'falls'], example: 'Gharyan fell to government forces on Wednesday',
    pattern: '(?<o>{L}),?\\s+(?:[a-z]+\\s+){0,2}?(?:fell|has fallen|had fallen|falls)\\s+(?:[a-z]+\\s+)?(?:to|into the hands of|under the control of)\\s+(?<s>{E})' },
];
