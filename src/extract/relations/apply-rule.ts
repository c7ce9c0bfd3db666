// Runs one rule over one frame and returns raw facts between mentions. Checks the
// rule's type constraints, drops negated and hypothetical matches ("denied arming",
// "if … would control"), and reads the verb's tense for control changes.
import type { Mention, RawFact } from '../pipeline-types.ts';
import type { RelationRule } from '../rules/rule-types.ts';
import type { Frame } from './build-frames.ts';
import { allMatches } from '../../text/all-matches.ts';

const NEGATION = /\b(?:not|never|no longer|n't|denied|denies|deny|denying|without|failed to|fails to|refused to|instead of)\b/;
const MODAL = /\b(?:if|would|could|might|whether|unless|till|until|should|may|plans? to|aims? to|aimed to|vows? to|vowed to|vowing to|threaten(?:s|ed)? to|seeks? to|tries to|trying to|attempts? to|wants? to)\b/;
// "urged both sides to respect it": a demand is no stance of the one asked
const DEMAND_BEFORE = /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)? to|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing))\s+[^,;]{0,40}?\bto\s+(?:[a-z-]+\s+){0,3}$/;
const PAST = /(?:ed|taken|took|retook|overran|won back|held|fled|lost|kept|ran|withdrew|withdrawn)$/;
const INTENT_BEFORE = /\b(?:to|will|would|could|shall|might|must|can)\s+(?:[a-z]+\s+)?$/;
const STATE_VERBS = /^(?:controlled|held|run|dominated|occupied)$/;

// "the United Nations supervised political process": the mention only modifies a noun
const MODIFIER_AFTER = /^(?:'s)?[- ](?:supervised|led|backed|brokered|sponsored|hosted|mediated|run|organi[sz]ed|recogni[sz]ed|supported|linked|affiliated|aligned)\b(?!\s+(?:by|to|with)\b)/;

const DEFAULT_CONFIDENCE = 0.8;
const PREPOSITION_BEFORE = /\b(?:of|from|against|between|amid|among|about|toward|towards|in|inside|across|throughout|within|near|at)\s+$/;
const subjectFirst = (rule: RelationRule) => rule.pattern.startsWith('(?<s>');

const MENTION_ID = /«(\d+)»/g;
const ids = (text: string | undefined): number[] => (text ? allMatches(MENTION_ID, text).map((m) => +m[1]) : []);

function tenseChange(rule: RelationRule, verb: string | undefined, before: string): RawFact['change'] | 'skip' | undefined {
  if (rule.change !== 'by-tense') return rule.change;
  if (!verb) return undefined;
  if (STATE_VERBS.test(verb)) return undefined;
  const past = PAST.test(verb) && !INTENT_BEFORE.test(before);
  return past ? 'gained' : 'skip';
}

/** Raw facts from every match of `regex` (the compiled `rule`) in `frame`. */
export function applyRule(rule: RelationRule, regex: RegExp, frame: Frame, byId: Map<number, Mention>): RawFact[] {
  const out: RawFact[] = [];
  // exec with lastIndex, not matchAll: matchAll clones the regex on every call
  regex.lastIndex = 0;
  for (let m = regex.exec(frame.text); m; m = regex.exec(frame.text)) {
    if (m[0] === '') regex.lastIndex++;
    const g = m.groups ?? {};
    const oStart = m.indices?.groups?.o?.[0] ?? m.index! + m[0].length;
    const vStart = m.indices?.groups?.v?.[0] ?? oStart;
    const window = frame.text.slice(Math.max(0, m.index! - 30), Math.min(oStart, Math.max(vStart, m.index!)) || oStart);
    if (!rule.negated && NEGATION.test(window)) continue;
    if (!rule.modalOk && (MODAL.test(window) || DEMAND_BEFORE.test(frame.text.slice(Math.max(0, oStart - 80), oStart)))) continue;
    let change = tenseChange(rule, g.v, frame.text.slice(Math.max(0, vStart - 25), vStart));
    // "Turkish-backed rebels captured Afrin": the backer is not the one who took it
    const nEnd = m.indices?.groups?.n?.[1];
    const liberator = nEnd !== undefined && MODIFIER_AFTER.test(frame.text.slice(nEnd)) ? [] : ids(g.n);
    if (rule.holderLoses) change = change === 'gained' ? 'lost' : undefined;
    if (change === 'skip') continue;
    let subjects = [...ids(g.s), ...ids(g.s2)];
    // "amid victories of the GNA, Egypt and Haftar are calling for a truce": a list that
    // starts right after a preposition begins with that preposition's object, not a subject
    if (subjectFirst(rule) && PREPOSITION_BEFORE.test(frame.text.slice(Math.max(0, m.index! - 12), m.index!))) {
      const comma = (g.s ?? '').indexOf(',');
      if (comma >= 0) subjects = ids((g.s ?? '').slice(comma));
    }
    const objectEnd = m.indices?.groups?.o?.[1] ?? m.indices?.groups?.o2?.[1];
    let objects = [...ids(g.o), ...ids(g.o2)];
    const modifier = objectEnd !== undefined && rule.relation !== 'controls' ? MODIFIER_AFTER.exec(frame.text.slice(objectEnd)) : null;
    if (modifier) {
      // "supports the UN-backed government": the head after the modifier is the object
      const head = /^\s+(?:[a-z-]+\s+){0,2}?«(\d+)»/.exec(frame.text.slice(objectEnd! + modifier[0].length));
      if (!head) continue;
      objects = [+head[1]];
    }
    const push = (s: number, o: number, c: RawFact['change']) => {
      const sm = byId.get(s);
      const om = byId.get(o);
      if (!sm || !om || !sm.entity && sm.source !== 'proposal' || s === o) return;
      if (rule.subject && !rule.subject.includes(sm.type)) return;
      if (sm.type === 'proposal' || sm.type === 'city' && rule.relation !== 'controls') return;
      if (rule.subjectSource && !rule.subjectSource.includes(sm.source)) return;
      if (rule.object && !rule.object.includes(om.type)) return;
      if (rule.objectSourceNot?.includes(om.source)) return;
      if (sm.entity && sm.entity === om.entity) return;
      out.push({ subject: s, relation: rule.relation, object: o, rule: rule.id, sentence: frame.sentence, start: 0, end: 0, change: c, confidence: rule.confidence ?? DEFAULT_CONFIDENCE });
    };
    for (const s of subjects) {
      for (const o of objects) push(s, o, change);
      // "Egyptian President Sisi proposed…": Egypt proposed it too
      const side = byId.get(s)?.affiliationMention;
      if (side !== undefined && rule.relation !== 'controls' && byId.get(side)?.type === 'backer') for (const o of objects) push(side, o, change);
    }
    if (rule.relation === 'controls') {
      const gainedBy = change === 'lost' ? liberator : [];
      for (const n of gainedBy) for (const o of objects) push(n, o, 'gained');
      for (const h of ids(g.h)) for (const o of objects) push(h, o, change === 'gained' ? 'lost' : undefined);
    }
  }
  return out;
}
