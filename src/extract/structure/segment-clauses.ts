// Clauses of a sentence: relative clauses ("X, which backs Y," / "(RSF), which …"),
// subordinate ones ("while", "whereas", "after", "as"), fronted participial clauses
// ("Backed by Egypt, X …", "Announcing the deal, X said"), parentheticals between commas,
// dashes or brackets (", according to X,", "— a key backer of Y —"), complement clauses
// after speech verbs ("said that …") and trailing speech tags (", X said."). Subject search
// never leaves its clause except through the links recorded here.
import { bearingBefore } from './chunk-units.ts';
import { loadCues } from '../mentions/load-cues.ts';
import type { Grammar } from './load-grammar.ts';
import type { Chunk, Clause, ClauseKind, Unit, VerbGroup } from './structure-types.ts';

interface Input {
  /** Is this mention a place? */
  placeRef: (mention: number) => boolean;
  /** Is this mention a person? */
  personRef: (mention: number) => boolean;
  units: Unit[];
  chunks: Chunk[];
  chunkOf: number[];
  groups: VerbGroup[];
  groupOf: number[];
}

const DASH = new Set(['–', '—', '--']);
const CLOSES_AT_COMMA = new Set<ClauseKind>(['relative', 'apposition', 'participial', 'adjunct', 'parenthetical', 'speech']);

export function segmentClauses(input: Input, grammar: Grammar): { clauses: Clause[]; clauseOf: number[] } {
  const { units, chunks, groups } = input;
  const n = units.length;
  // positions outside the sentence are outside any chunk or group
  const chunkAt = (k: number) => input.chunkOf[k] ?? -1;
  const groupAt = (k: number) => input.groupOf[k] ?? -1;
  const clauses: Clause[] = [{ id: 0, kind: 'main', first: 0, last: n - 1, parent: -1 }];
  const clauseOf = units.map(() => 0);
  const stack: number[] = [0];
  const fronted = new Set<number>();
  const top = () => clauses[stack[stack.length - 1]];
  const open = (kind: ClauseKind, at: number, extra: Partial<Clause> = {}) => {
    const c: Clause = { id: clauses.length, kind, first: at, last: n - 1, parent: top().id, ...extra };
    clauses.push(c);
    stack.push(c.id);
    return c;
  };
  const close = (at: number) => {
    const c = top();
    c.last = Math.max(c.first, at);
    stack.pop();
  };
  const isDash = (i: number) => DASH.has(units[i].text) || (units[i].text === '-' && units[i - 1]?.end !== units[i].start && units[i + 1]?.start !== units[i].end);
  const verbAt = (i: number) => groupAt(i) >= 0 && groups[groupAt(i)].first === i;
  const clauseAhead = (i: number) => {
    // a chunk (or pronoun) then a verb group: "as Turkey backs …", "after they seized …"
    const c = chunkAt(i);
    if (c >= 0) return subjectAhead(i) || (units[chunks[c].last + 1]?.pos === 'ADV' && verbAt(chunks[c].last + 2));
    return verbAt(i) && units[groups[groupAt(i)].verb].lower.endsWith('ing');
  };

  for (let i = 0; i < n; i++) {
    const u = units[i];
    const t = top();
    // --- closing
    if (u.text === ')' && t.kind === 'parenthetical' && t.opener === '(') {
      clauseOf[i] = t.id;
      close(i);
      continue;
    }
    if (isDash(i) && t.kind === 'parenthetical' && t.opener === 'dash') {
      clauseOf[i] = t.id;
      close(i);
      continue;
    }
    if (u.text === ';' || u.text === ':') {
      // a sibling main clause starts after the semicolon
      while (stack.length > 1) close(i - 1);
      clauses[stack[0]].last = Math.max(clauses[stack[0]].first, i - 1);
      const sibling: Clause = { id: clauses.length, kind: 'main', first: i + 1, last: n - 1, parent: -1 };
      clauses.push(sibling);
      stack[0] = sibling.id;
      clauseOf[i] = sibling.id;
      continue;
    }
    let closedHere = false;
    if (u.text === ',' && stack.length > 1) {
      closedHere = true;
      // "— Norway, Japan and the EU —": a list between dashes goes on to the closing dash
      const dashAhead = t.kind === 'parenthetical' && t.opener === 'dash' && units.slice(i + 1).some((w, k) => isDash(i + 1 + k));
      const inserted = insertedAdjunct(i);
      if (inserted) {
        // "in which X retook A and, in November, seized B": the clause goes on past an adjunct between commas
        clauseOf[i] = t.id;
        open('adjunct', i + 1, { opener: units[i + 1].lower }).last = inserted;
        continue;
      }
      // "in which Azerbaijan, since launching its offensive, has retaken …": a relative without
      // its verb yet goes on past an aside between commas
      const verbless = t.kind === 'relative' && !groups.some((g) => g.first > t.first && g.first < i) && finiteAfterNextComma(i + 1);
      if ((CLOSES_AT_COMMA.has(t.kind) && !dashAhead && !verbless && !((t.kind === 'relative' || t.kind === 'apposition' || t.kind === 'participial') && listGoesOn(i))) || (t.kind === 'subordinate' && fronted.has(t.id) && !(noVerbYet(t, i) && listGoesOn(i)))) {
        close(i - 1);
      } else closedHere = false;
    }
    // "The town which the LNA seized in May was retaken …": a relative clause without commas
    // ends before a second finite verb that has no subject of its own
    if (t.kind === 'relative' && verbAt(i) && relativeEndsBefore(t, i)) close(i - 1);
    // --- opening
    const c = top();
    // "the towns the rebels had seized", "the city they had held since April": a relative
    // clause with no pronoun, opened by its subject right after the noun it is about
    if (contactRelative(i)) {
      open('relative', i, { antecedent: chunkAt(i - 1), contact: true });
      clauseOf[i] = top().id;
      continue;
    }
    if (grammar.relativePronouns.has(u.lower) || (u.lower === 'that' && relativeThat(i))) {
      // "Bahir Dar, where militiamen clashed …, remains …": "where" bounds a clause, but its
      // place is no argument of the clause's verbs ("where it has captured dozens of outposts")
      const antecedent = grammar.relativeAdverbs.has(u.lower) ? undefined : antecedentBefore(i);
      if (antecedent !== undefined || u.lower !== 'that') {
        open('relative', i, { antecedent, opener: u.lower });
        clauseOf[i] = top().id;
        continue;
      }
    }
    // "told AFP that …", "warned Haftar that …": past the hearer too
    if (u.lower === 'that' && i > 0 && ((groupAt(i - 1) >= 0 && grammar.speechVerbs.has(groups[groupAt(i - 1)].lemma)) || hearer(chunkAt(i - 1)))) {
      open('complement', i, { opener: 'that' });
      clauseOf[i] = top().id;
      continue;
    }
    const notSubordinate = u.lower === 'that' || (u.lower === 'as' && /^(?:well|such|so|same|as|much)$/.test(units[i - 1]?.lower ?? ''));
    // "Analysts say Egypt and the UAE have been backing Haftar", "said on Saturday they would
    // accept the truce": a complement without "that", after the verb or its time phrase
    const speech = speechVerbBefore(i);
    if (speech >= 0 && chunkAt(i) >= 0 && chunks[chunkAt(i)].first === i && !chunks[chunkAt(i)].time && subjectAhead(i)) {
      open('complement', i, { opener: groups[speech].lemma });
      clauseOf[i] = top().id;
      continue;
    }
    if ((u.pos === 'SCONJ' || grammar.subordinators.has(u.lower)) && !notSubordinate && clauseAhead(i + 1)) {
      if (c.kind === 'subordinate' && !fronted.has(c.id)) close(i - 1);
      const s = open('subordinate', i, { opener: u.lower });
      // fronted: it opens the sentence (or a "that" clause) and ends at its comma; after a
      // comma it trails ("…, while Egypt, the UAE and France back Haftar") and runs on
      if (i <= firstWord() || units[i - 1]?.lower === 'that') fronted.add(s.id);
      // "Azerbaijan, since launching its offensive, has retaken …": a clause without a finite verb
      // between commas, before the sentence's own verb, ends at its comma too
      const bare = groupAt(i + 1) >= 0 && groups[groupAt(i + 1)].first === i + 1 && (groups[groupAt(i + 1)].gerund || groups[groupAt(i + 1)].participle);
      if (units[i - 1]?.text === ',' && bare && finiteAfterNextComma(i + 1)) fronted.add(s.id);
      // "The truce, agreed on Oct. 10, after talks hosted by Lavrov, was accepted by …": a
      // subordinate with no finite verb of its own between commas ends at its comma too
      if (units[i - 1]?.text === ',' && !bare && finiteAfterNextComma(i + 1) && !finiteBeforeComma(i + 1)) fronted.add(s.id);
      clauseOf[i] = s.id;
      continue;
    }
    if (i === firstWord() && u.pos === 'ADP' && units.slice(i).some((w) => w.text === ',')) {
      // "Despite strong support from Russia, Haftar's forces …": a fronted adjunct
      open('adjunct', i, { opener: u.lower });
    } else if ((i === firstWord() || afterFrontedAdjunct(i)) && verbAt(i) && /(?:ing|ed|en)$/.test(units[groups[groupAt(i)].verb].lower) && units.slice(i).some((w) => w.text === ',')) {
      // "Backed by Egypt, X …"; "In the CAR, backed by Rwandan troops, government forces …"
      open('participial', i, { opener: u.lower });
    } else if (u.text === '(') {
      open('parenthetical', i, { opener: '(' });
    } else if (isDash(i) && units.slice(i + 1).some((w, k) => isDash(i + 1 + k))) {
      open('parenthetical', i, { opener: 'dash' });
    } else if (u.text === ',' && verbAt(i + 1) && units[groups[groupAt(i + 1)].verb].lower.endsWith('ing') && top().kind !== 'participial' && units[i + 1].lower !== 'according') {
      // "Turkey rejected the initiative, doubting its sincerity": a trailing participial clause
      open('participial', i + 1, { opener: units[i + 1].lower });
    } else if (u.text === ',' && !closedHere && chunkAt(i - 1) >= 0 && verbAt(i + 1) && groups[groupAt(i + 1)].verb === i + 1 && /(?:ed|en)$/.test(units[groups[groupAt(i + 1)].verb].lower)
      && ((units[groups[groupAt(i + 1)].last + 1]?.lower === 'by' && units.slice(i + 2).some((w) => w.text === ',')) || finiteAfterAsides(i + 1))) {
      // "the federal army, supported by troops from Eritrea, captured …", "The town, perched on
      // heights overlooking Stepanakert, had been held …": a participle between commas
      open('participial', i + 1, { antecedent: chunkAt(i - 1), opener: units[i + 1].lower });
    } else if (u.text === ',' && !closedHere && appositionAhead(i)) {
      // "Khalifa Haftar, the retired general backed by Russia, …"
      open('apposition', i + 1, { antecedent: anchorBefore(i), opener: ',' });
    } else if (u.text === ',' && speechTagAhead(i + 1)) {
      open('speech', i + 1, { opener: ',' });
    } else if (u.text === ',' && /^(?:like|unlike)$/.test(units[i + 1]?.lower ?? '') && chunkAt(i + 2) >= 0 && units[chunks[chunkAt(i + 2)].last + 1]?.text === ',') {
      // "Qatar, like Turkey, backs the GNA": an aside between commas
      open('parenthetical', i + 1, { opener: units[i + 1].lower });
    } else if (u.text === ',' && units[i + 1]?.lower === 'according' && units[i + 2]?.lower === 'to') {
      open('parenthetical', i + 1, { opener: 'according' });
    }
    clauseOf[i] = top().id;
  }
  while (stack.length > 1) close(n - 1);
  return { clauses, clauseOf };

  /** A finite verb after the next comma, or after a further aside with no finite verb ("agreed on Oct. 10, after talks hosted by Lavrov, was accepted"). */
  function finiteAfterAsides(i: number): boolean {
    let k = i;
    for (let hop = 0; hop < 2; hop++) {
      if (finiteAfterNextComma(k)) return true;
      while (k < n && units[k].text !== ',') k++;
      if (k >= n || finiteBeforeComma(k + 1)) return false;
      k++;
    }
    return false;
  }

  /** Is there a finite verb between `i` and the next comma? */
  function finiteBeforeComma(i: number): boolean {
    for (let k = i; k < n && units[k].text !== ','; k++) if (finiteAt(k)) return true;
    return false;
  }

  /** Does the first comma after `i` come before a finite verb (the sentence's own, after an aside)? */
  function finiteAfterNextComma(i: number): boolean {
    let k = i;
    while (k < n && units[k].text !== ',' && units[k].text !== '(' && !isDash(k)) k++;
    if (units[k]?.text !== ',') return false;
    const g = groupAt(k + 1);
    return g >= 0 && groups[g].first === k + 1 && !groups[g].participle && !groups[g].gerund && !groups[g].infinitive;
  }

  /** No verb group has started in clause `t` before unit `i` ("While France, Egypt, Russia, and UAE support …": a list still). */
  function noVerbYet(t: Clause, i: number): boolean {
    return !groups.some((g) => g.first > t.first && g.first < i);
  }

  /** A finite verb group starting at `i` (not an infinitive, participle or gerund). */
  function finiteAt(i: number): VerbGroup | undefined {
    const g = verbAt(i) ? groups[groupAt(i)] : undefined;
    return g && !g.infinitive && !g.participle && !g.gerund ? g : undefined;
  }

  /** Chunk `c` is the hearer of the verb of speech or of object control right before it ("told the residents …"). */
  function hearer(c: number): boolean {
    const g = c >= 0 ? groupAt(chunks[c].first - 1) : -1;
    return g >= 0 && (grammar.speechVerbs.has(groups[g].lemma) || grammar.objectControlVerbs.has(groups[g].lemma));
  }

  /** Unit `i` opens a contact relative: a subject, then a verb whose object is missing, right after a noun phrase. */
  function contactRelative(i: number): boolean {
    const c = chunkAt(i);
    const p = chunkAt(i - 1);
    if (c < 0 || p < 0 || c === p || chunks[c].first !== i || chunks[c].time || chunks[p].time) return false;
    // a common noun ("the towns"), or a description that is a mention ("the town", "the group"); not a name
    const head = units[chunks[p].last];
    const described = head.pos === 'ENT' && (units[chunks[p].first].pos === 'DET' || /^(?:the|this|that|these|those)\s/i.test(head.text));
    if ((head.pos !== 'NOUN' && !described) || grammar.relativePronouns.has(units[i].lower)) return false;
    // (not the hearer of a verb of speech: "told the residents the army had left")
    if (hearer(p)) return false;
    const v = verbAfterChunks(i);
    if (v < 0 || !finiteAt(v)) return false;
    const g = groups[groupAt(v)];
    if (grammar.speechVerbs.has(g.lemma) || g.passive) return false;
    // the verb's object is the noun before: nothing after the verb is a noun phrase of its own
    const next = chunkAt(g.last + 1);
    return next < 0 || chunks[next].time;
  }

  /** In a relative clause `t` with no comma before it, a second finite verb at `i` with no subject of its own is the sentence's. */
  function relativeEndsBefore(t: Clause, i: number): boolean {
    if (units[t.first - 1]?.text === ',' || units[t.first - 1]?.text === '(' || t.antecedent === undefined) return false;
    if (!finiteAt(i)) return false;
    const own = groups.find((h) => h.first >= t.first && h.first < i && !h.infinitive && !h.participle && !h.gerund);
    if (!own || grammar.speechVerbs.has(own.lemma) || grammar.reportingVerbs.has(own.lemma)) return false;
    // (coordinated verbs, a new clause or a new subject between belong to the relative: "which seized and held")
    for (let k = own.last + 1; k < i; k++) {
      const u = units[k];
      if (u.pos === 'CCONJ' || u.pos === 'SCONJ' || u.text === ',' || u.text === ';' || grammar.relativePronouns.has(u.lower) || u.lower === 'that') return false;
      if (groupAt(k) >= 0) return false;
    }
    return true;
  }

  /** The chunk an apposition at the comma `i` is about: the one before, past a time phrase ("a truce on Monday, a move …"). */
  function anchorBefore(i: number): number {
    const c = chunkAt(i - 1);
    if (c < 0 || !chunks[c].time) return c;
    let k = chunks[c].first - 1;
    if (units[k]?.pos === 'ADP') k--;
    const d = chunkAt(k);
    return d >= 0 && chunks[d].last === k && !chunks[d].time ? d : c;
  }

  /** Unit `i` follows the comma that closed a fronted adjunct ("In Libya, …"). */
  function afterFrontedAdjunct(i: number): boolean {
    return units[i - 1]?.text === ',' && clauses.some((c) => c.kind === 'adjunct' && c.first <= firstWord() && c.last === i - 2);
  }

  function firstWord(): number {
    let k = 0;
    while (k < n && (units[k].pos === 'PUNCT' || units[k].pos === 'CCONJ' || units[k].pos === 'ADV')) k++;
    return k;
  }

  /** "the group that captured X", "vehicles that were delivered": 'that' after a noun and before a verb. */
  function relativeThat(i: number): boolean {
    const prev = chunkAt(i - 1);
    if (prev < 0) return false;
    if (verbAt(i + 1) || units[i + 1]?.pos === 'ADV') return true;
    // "a ceasefire that Petro announced": an object relative, whose subject comes first —
    // unless the chunk is the hearer of a verb of speech ("warned Haftar that Turkey would …")
    return !hearer(prev) && chunkAt(i + 1) >= 0 && subjectAhead(i + 1);
  }

  function antecedentBefore(i: number): number | undefined {
    let k = i - 1;
    if (units[k]?.text === ',') k--;
    // "Rapid Support Forces (RSF), which …"
    if (units[k]?.text === ')') {
      while (k > 0 && units[k].text !== '(') k--;
      k--;
    }
    // "talks on a ceasefire in Geneva in August, which …": past the dates and venues (after a
    // comma only: "found in Tarhuna which was liberated" is about Tarhuna)
    const comma = units[i - 1]?.text === ',';
    // (a venue with no phrase before it to be the venue of is the antecedent: "advanced on Sirte, which …")
    let venue: number | undefined;
    for (let c = chunkAt(k); c >= 0 && (chunks[c].time || (comma && isVenue(chunks[c]))); c = chunkAt(k)) {
      if (!chunks[c].time) venue = c;
      k = chunks[c].first - 2;
    }
    if (venue !== undefined && chunkAt(k) < 0) return venue;
    // "a town south-east of Tripoli that is still held by …", "a base 30 km north of Sirte that …": past the landmark
    const bearing = chunkAt(k) >= 0 ? bearingBefore(units, chunks[chunkAt(k)].first - 1) : -1;
    if (bearing >= 0) k = bearing - 1;
    // "Snihurivka, a town in Mykolaiv Oblast that had been held by Russia": the town, not its region
    const where = chunkAt(k) >= 0 ? chunks[chunkAt(k)].first - 1 : -1;
    const town = where > 0 && units[where].lower === 'in' && chunkAt(where - 1) >= 0 ? chunks[chunkAt(where - 1)] : undefined;
    if (town && grammar.placeNouns.has(town.headWord) && town.headMention === undefined && !town.complement.length) k = where - 1;
    const found = k >= 0 && chunkAt(k) >= 0 ? chunkAt(k) : undefined;
    // "Stephanie Williams, the UN envoy for Libya, who brokered …": "who" is about the person the apposition describes
    const inside = found !== undefined ? clauses.find((c) => c.kind === 'apposition' && c.first <= chunks[found].first && c.last >= chunks[found].last && c.antecedent !== undefined) : undefined;
    if (inside && /^(?:who|whom)$/.test(units[i].lower) && chunks[found!].refs.every((r) => input.placeRef(r))) return inside.antecedent;
    return found;
  }

  /** The verb of speech right before unit `i`, or before a time phrase right before it ("said on Saturday"), else -1. */
  function speechVerbBefore(i: number): number {
    let j = i - 1;
    const c = chunkAt(j);
    if (c >= 0 && chunks[c].time && chunks[c].last === j) {
      j = chunks[c].first - 1;
      if (units[j]?.pos === 'ADP') j--;
    }
    const g = j >= 0 ? groupAt(j) : -1;
    return g >= 0 && groups[g].last === j && grammar.speechVerbs.has(groups[g].lemma) ? g : -1;
  }

  /** Chunks joined by "and" or commas from `i`, then a finite verb: a clause's subject and verb. */
  function subjectAhead(i: number): boolean {
    const v = verbAfterChunks(i);
    return v >= 0 && !groups[groupAt(v)].infinitive;
  }

  /** The first unit of the verb group after a run of chunks joined by "and" or commas from `i`, else -1. */
  function verbAfterChunks(i: number): number {
    let k = i;
    for (let guard = 0; guard < 16 && chunkAt(k) >= 0; guard++) {
      k = chunks[chunkAt(k)].last + 1;
      // "countries including Egypt, the UAE (UAE), France and Russia supported …"
      if (units[k]?.text === '(') while (k < n && units[k].text !== ')') k++;
      if (units[k]?.text === ')') k++;
      if (verbAt(k)) return k;
      if (units[k]?.text === ',' && units[k + 1]?.pos === 'CCONJ') k += 2; // "France, Egypt, Russia, and UAE support …"
      else if (units[k]?.pos === 'CCONJ' || units[k]?.text === ',' || /^(?:including|like|namely|notably)$/.test(units[k]?.lower ?? '')) k++;
      else if (units[k]?.lower === 'such' && units[k + 1]?.lower === 'as') k += 2;
      else return -1;
    }
    return -1;
  }

  /** "in Geneva", "on the Red Sea": a place after a locative preposition. */
  function isVenue(c: Chunk): boolean {
    if (!/^(?:in|at|on|near)$/.test(units[c.first - 1]?.lower ?? '')) return false;
    return c.refs.length ? c.refs.every((r) => input.placeRef(r)) : units[c.head].pos === 'PROPN';
  }

  /** ", X said." / ", said X," / ", he added": a speech tag, not a new argument. */
  function speechTagAhead(i: number): boolean {
    const c = chunkAt(i);
    const afterChunk = c >= 0 ? chunks[c].last + 1 : i;
    const g = groupAt(afterChunk) >= 0 ? groups[groupAt(afterChunk)] : groupAt(i) >= 0 ? groups[groupAt(i)] : undefined;
    if (!g || !grammar.speechVerbs.has(g.lemma) || g.infinitive) return false;
    const end = g.last + 1 + (c < 0 && chunkAt(g.last + 1) >= 0 ? chunks[chunkAt(g.last + 1)].last - g.last : 0);
    const rest = units[end];
    return !rest || rest.text === ',' || rest.text === '.' || rest.pos === 'PUNCT';
  }

  /** ", the retired general", ", a key backer of Y", ", one of Haftar's allies": a description of the party before. */
  function appositionAhead(i: number): boolean {
    const before = anchorBefore(i);
    if (before < 0 || !chunks[before].refs.length) return false;
    // ", now the main government-held city": an adverb may open the apposition
    // "A and B, both allies of C,": a quantifier restating the list opens an apposition
    if (/^(?:both|all|each)$/.test(units[i + 1]?.lower ?? '') && chunkAt(i + 1) >= 0 && chunks[chunkAt(i + 1)].last > i + 1) return true;
    const lead = /^(?:now|also|once|still|formerly|long|then)$/.test(units[i + 1]?.lower ?? '') ? 1 : 0;
    const next = units[i + 1 + lead];
    if (!next || grammar.relativePronouns.has(next.lower)) return false; // "Haftar, whose militia …" is a relative clause
    if (next?.lower === 'one' && units[i + 2 + lead]?.lower === 'of') return true;
    const after = chunkAt(i + 1 + lead);
    // "its capital, Idlib city,": a name that restates the phrase before it
    const restates = after >= 0 && chunks[after].refs.length > 0 && chunks[after].refs.join() === chunks[before].refs.join() && units[chunks[after].last + 1]?.text === ',';
    if (restates) return true;
    // ", the UN deputy special envoy for Libya,": a role with its organisation describes the person before
    const role = after >= 0 && units[chunks[after].first].pos === 'DET' && loadCues().titles.has(chunks[after].headWord) && input.personRef(chunks[before].refs[0]);
    if (role && chunks[after].first === i + 1 + lead) return true;
    if (after < 0 || chunks[after].first !== i + 1 + lead || chunks[after].refs.length || chunks[after].time) return false;
    return next.pos === 'DET' || next.pos === 'ENT' || (next.pos === 'ADJ' && units[chunks[after].head].pos === 'NOUN');
  }

  /** After "and," a prepositional or time phrase up to a comma with a verb after it: the phrase's last unit. */
  function insertedAdjunct(i: number): number | undefined {
    if (units[i - 1]?.pos !== 'CCONJ' || !(units[i + 1]?.pos === 'ADP' || input.chunks[chunkAt(i + 1)]?.time)) return undefined;
    for (let k = i + 2; k < Math.min(n - 1, i + 10); k++) {
      if (units[k].text !== ',') continue;
      return verbAt(k + 1) ? k - 1 : undefined;
    }
    return undefined;
  }

  /** Inside a relative clause a comma may only separate list members ("backed by Russia, the UAE and Egypt"). */
  function listGoesOn(i: number): boolean {
    const before = chunkAt(i - 1);
    // ("signed by Aliyev, Pashinyan, and Russian President Vladimir Putin": an Oxford comma)
    // (not in an apposition: "by X, adviser to Abiy, and Getachew Reda" ends the apposition at the comma)
    const oxford = units[i + 1]?.pos === 'CCONJ' && top().kind !== 'apposition';
    const after = chunkAt(oxford ? i + 2 : i + 1);
    if (before < 0 || after < 0 || !chunks[before].refs.length || !chunks[after].refs.length) return false;
    // ", and C": the list's last member, followed by the clause's end or, in a clause with no
    // verb yet, by its verb ("While France, Egypt, Russia, and UAE support Haftar")
    const end = units[chunks[after].last + 1];
    if (oxford) return !end || end.text === ',' || end.text === '.' || (noVerbYet(top(), i) && finiteAt(chunks[after].last + 1) !== undefined);
    const next = units[chunks[after].last + 1];
    return !next || next.text === ',' || next.pos === 'CCONJ' || next.text === '.' || (next.lower === 'as' && units[chunks[after].last + 2]?.lower === 'well');
  }
}
