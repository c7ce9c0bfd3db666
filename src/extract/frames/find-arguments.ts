// Where a predicate's arguments are, found by structure rather than adjacency: the subject
// of a verb across adverbs, adjuncts, appositions, parentheticals and relative clauses; the
// subject an infinitive or a gerund inherits ("sent troops to help Y", "after seizing Y",
// "accused X of arming Y"); the object after a verb; a prepositional phrase further on.
import type { Grammar } from '../structure/load-grammar.ts';
import type { ArgList, Chunk, SentenceStructure, VerbGroup } from '../structure/structure-types.ts';
import { headIn } from '../structure/chunk-units.ts';
import { phraseWords } from '../../text/phrase-words.ts';

const EXPANDERS = new Set(['including', 'such', 'like', 'notably', 'namely', 'especially', 'particularly', 'chiefly', 'mainly', 'primarily']);

export class Arguments {
  constructor(readonly s: SentenceStructure, readonly grammar: Grammar) {}

  /** The list a chunk belongs to (a singleton when it is alone). */
  listOf(chunk: Chunk): ArgList {
    const l = this.s.listOf[chunk.id];
    return l >= 0 ? this.s.lists[l] : { chunks: [chunk.id], first: chunk.first, last: chunk.last, refs: chunk.refs };
  }

  chunkAt(unit: number): Chunk | undefined {
    const c = this.s.chunkOf[unit];
    return c >= 0 ? this.s.chunks[c] : undefined;
  }

  /** Is `clause` the same as or nested inside `outer`? */
  within(clause: number, outer: number): boolean {
    for (let c = clause; c >= 0; c = this.s.clauses[c].parent) if (c === outer) return true;
    return false;
  }

  /** The list starting at `unit` (after adverbs), expanded through "countries including A, B". */
  listAt(unit: number, clause: number): ArgList | undefined {
    const { units } = this.s;
    let k = unit;
    while (units[k] && (units[k].pos === 'ADV' || this.grammar.adverbInserts.has(units[k].lower)) && this.s.chunkOf[k] < 0) k++;
    const chunk = this.chunkAt(k);
    if (!chunk || chunk.first !== k || chunk.time || !this.within(this.s.clauseOf[k], clause)) return undefined;
    const list = this.listOf(chunk);
    const examples = this.examplesAfter(this.pastRelative(list));
    if (list.refs.length) {
      const whole = this.withOthers(list, clause);
      // "controls most of Tripolitania, including Tripoli and Misrata": the examples too
      return examples && whole === list ? { ...list, last: examples.last, chunks: [...list.chunks, ...examples.chunks], refs: [...new Set([...list.refs, ...examples.refs])] } : whole;
    }
    // "a number of countries, such as the US, Germany and Italy"; "86 communities in the region, including A and B"
    if (examples) return headIn(this.grammar.placeNouns, chunk) ? { ...examples, examplesOfPlaces: true } : examples;
    // "support the political solution and the legitimate government": the member that stands for someone
    const k2 = units[chunk.last + 1]?.lower === 'and' ? chunk.last + 2 : -1;
    const partner = k2 > 0 ? this.chunkAt(k2) : undefined;
    return partner && partner.first === k2 && partner.refs.length && this.within(this.s.clauseOf[k2], clause) ? this.listOf(partner) : undefined;
  }

  /** The unit after a list, or after a relative clause about its last chunk ("the towns the rebels had seized, including A"). */
  private pastRelative(list: ArgList): number {
    const next = this.s.clauses[this.s.clauseOf[list.last + 1] ?? 0];
    const about = next?.kind === 'relative' && next.first === list.last + (this.s.units[list.last + 1]?.text === ',' ? 2 : 1) && next.antecedent === list.chunks[list.chunks.length - 1];
    return about ? next.last + 1 : list.last + 1;
  }

  /** The list after "including", "such as", "notably" at `from` (past a comma and a locative phrase). */
  private examplesAfter(from: number): ArgList | undefined {
    const { units } = this.s;
    let e = from;
    // "in the region", "east of the Euphrates": up to two locative phrases before the examples
    for (let hop = 0; hop < 2 && /^(?:in|across|around|near|of)$/.test(units[e]?.lower ?? '') && this.chunkAt(e + 1)?.first === e + 1; hop++) e = this.chunkAt(e + 1)!.last + 1;
    if (units[e]?.text === ',') e++;
    // "most of the province's towns, among them Pec and Prizren"
    if (units[e]?.lower === 'among' && /^(?:them|those|which)$/.test(units[e + 1]?.lower ?? '')) e += 2;
    else if (!EXPANDERS.has(units[e]?.lower ?? '')) return undefined;
    else e++;
    if (units[e]?.lower === 'as') e++;
    const inner = this.chunkAt(e);
    return inner && inner.first === e && inner.refs.length ? this.listOf(inner) : undefined;
  }

  /** "the EU and a number of states, such as the US, Germany and Italy": the list goes on past the group noun. */
  private withOthers(list: ArgList, clause: number): ArgList {
    const { units } = this.s;
    let k = list.last + 1;
    if (units[k]?.lower !== 'and' && units[k]?.text !== ',') return list;
    if (units[k]?.text === ',' && units[k + 1]?.lower === 'and') k++;
    const group = this.chunkAt(k + 1);
    if (!group || group.first !== k + 1 || group.refs.length) return list;
    let e = group.last + 1;
    if (units[e]?.lower === 'of' && this.chunkAt(e + 1)) e = this.chunkAt(e + 1)!.last + 1;
    if (units[e]?.text === ',') e++;
    if (!EXPANDERS.has(units[e]?.lower ?? '')) return list;
    e += units[e]?.lower === 'such' && units[e + 1]?.lower === 'as' ? 2 : 1;
    const more = this.chunkAt(e);
    if (!more || more.first !== e) return list;
    const rest = this.listOf(more);
    return { ...list, last: rest.last, chunks: [...list.chunks, ...rest.chunks], refs: [...new Set([...list.refs, ...rest.refs])] };
  }

  /** A phrase "PREP + list" to the right of `from`, before the next verb, within the clause. */
  phraseAfter(from: number, preps: string[], clause: number, reach = 14): { list: ArgList; prep: string; at: number } | undefined {
    const { units, groupOf } = this.s;
    for (let k = from; k < units.length && k < from + reach; k++) {
      if (!this.within(this.s.clauseOf[k], clause)) {
        if (this.s.clauseOf[k] !== clause && this.s.clauses[this.s.clauseOf[k]].parent !== clause) break;
        continue;
      }
      // a verb, a comma or a new clause ends the phrases that belong to this one (not the
      // commas of a list: "supplied helicopters, planes and drones to the army")
      const listComma = units[k].text === ',' && this.s.chunkOf[k - 1] >= 0 && this.s.chunkOf[k + 1] >= 0 && this.s.clauseOf[k + 1] === this.s.clauseOf[k - 1];
      if ((groupOf[k] >= 0 || (units[k].text === ',' && !listComma) || units[k].pos === 'SCONJ') && k > from) break;
      const prep = preps.find((p) => phraseWords(p).every((w, j) => units[k + j]?.lower === w));
      if (!prep) continue;
      const at = k + phraseWords(prep).length;
      const list = this.listAt(at, clause);
      // the first such phrase is the one: "from the outskirts of Tripoli" is not "of Tripoli"
      return list ? { list, prep, at } : undefined;
    }
    return undefined;
  }

  /**
   * The object list right after a verb phrase ending at `last`; none when a finite verb
   * follows it, whose subject it is ("doubted the truce would hold").
   */
  objectAfter(last: number, clause: number): ArgList | undefined {
    const list = this.listAt(last + 1, clause);
    const g = list ? this.s.groupOf[list.last + 1] : -1;
    const next = g >= 0 ? this.s.groups[g] : undefined;
    if (next && next.first === list!.last + 1 && !next.participle && !next.gerund && !next.infinitive
      // (not a bare infinitive: "to help Kinshasa fight the rebels")
      && (next.modal || next.past || this.s.units[next.first].lower !== this.s.units[next.first].lemma)) return undefined;
    return list;
  }

  /** The verb group a chunk is the direct object of. */
  governor(chunk: Chunk): VerbGroup | undefined {
    const g = this.s.groupOf[chunk.first - 1];
    return g >= 0 ? this.s.groups[g] : undefined;
  }

  /** The verb an infinitive or gerund depends on: the nearest verb group before it in reach. */
  governing(g: VerbGroup): VerbGroup | undefined {
    for (let k = g.id - 1; k >= 0; k--) {
      const h = this.s.groups[k];
      if (!this.within(g.clause, h.clause) && !this.within(h.clause, g.clause)) continue;
      return h;
    }
    return undefined;
  }

  /** The list standing between two verb groups ("urged Russia to stop", "sent troops to"). */
  private between(a: VerbGroup, b: VerbGroup): ArgList | undefined {
    return this.listAt(a.last + 1, a.clause) ?? this.phraseAfter(a.last + 1, ['on', 'upon'], a.clause, b.first - a.last)?.list;
  }

  /** The subject of the first finite verb of a clause: the controller of its fronted parts. */
  clauseSubject(clause: number, after = -1, depth = 0): ArgList | undefined {
    const g = this.s.groups.find((h) => h.clause === clause && h.first > after && this.finite(h));
    return g ? this.subjectOf(g, depth + 1) : undefined;
  }

  /**
   * The logical subject of an active verb group (for a passive one: its patient).
   * @returns the list, or undefined when the sentence does not say.
   */
  subjectOf(g: VerbGroup, depth = 0): ArgList | undefined {
    if (depth > 4) return undefined;
    const { units, clauses, groups } = this.s;
    const clause = clauses[g.clause];
    const prevUnit = units[g.first - 1];
    // "Haftar, who is backed by …", "the RSF, which seized …"
    // (a contact clause opens with its subject: "the towns the rebels seized")
    if (clause.kind === 'relative' && clause.antecedent !== undefined && this.onlyFunctionWords(clause.first + (clause.contact ? 0 : 1), g.first)) {
      return this.listOf(this.s.chunks[clause.antecedent]);
    }
    const afterPreposition = g.gerund && prevUnit && (prevUnit.pos === 'ADP' || prevUnit.pos === 'SCONJ' || this.grammar.gerundPrepositions.has(prevUnit.lower));
    // "After taking control of Sorman, GNA forces …": a fronted clause takes the subject after it
    if (afterPreposition && clause.kind !== 'main' && clause.first >= g.first - 1) {
      const ahead = this.controller(g.clause, depth);
      if (ahead?.refs.length) return ahead;
    }
    if (g.infinitive || afterPreposition) {
      const gov = this.governing(g);
      if (gov) {
        // "accused France of backing Haftar", "urged Russia to stop", "called on Turkey to withdraw"
        const middle = this.between(gov, g);
        const objectControl = this.grammar.objectControlVerbs.has(gov.lemma) || (g.gerund && this.grammar.accuseVerbs.has(gov.lemma));
        return objectControl && middle?.refs.length ? middle : this.subjectOf(gov, depth + 1);
      }
      if (clause.kind !== 'main') return this.controller(g.clause, depth);
    }
    let k = g.first - 1;
    while (k >= clause.first) {
      const c = this.s.clauseOf[k];
      if (c !== g.clause) {
        // skip a nested clause (relative, apposition, parenthetical) whole
        if (this.within(c, g.clause)) {
          k = Math.min(k, clauses[c].first) - 1;
          continue;
        }
        break;
      }
      const u = units[k];
      // ("The US and the UN both welcomed …": a quantifier after the subject)
      const floating = k === g.first - 1 && /^(?:both|all|each)$/.test(u.lower);
      if (u.pos === 'ADV' || floating || this.grammar.negators.has(u.lower) || u.text === ',' || u.text === '"' || u.text === '“' || u.text === '”') {
        k--;
        continue;
      }
      const gi = this.s.groupOf[k];
      // "A ceasefire brokered by Russia in Moscow, after talks …, was accepted": a reduced passive
      // after the subject is part of its phrase
      if (gi >= 0 && gi !== g.id && groups[gi].participle && this.chunkAt(groups[gi].first - 1)) {
        k = groups[gi].first - 1;
        continue;
      }
      if (gi >= 0 && gi !== g.id) {
        // "X captured A and took B": a coordinated verb shares the subject
        const gap = units.slice(groups[gi].last + 1, g.first).map((w) => w.lower);
        const coordinated = gap.some((w) => w === 'and' || w === 'but' || w === 'then' || w === 'or' || w === 'before' || w === 'while');
        return coordinated || this.s.chunkOf[groups[gi].last + 1] >= 0 ? this.subjectOf(groups[gi], depth + 1) : undefined;
      }
      const chunk = this.chunkAt(k);
      if (chunk) {
        const list = this.listOf(chunk);
        const before = units[list.first - 1];
        // "with Egypt, the UAE and Russia backing Haftar": the object of "with" is the gerund's subject
        if (g.gerund && (before?.lower === 'with' || before?.lower === 'without') && list.refs.length && list.last === g.first - 1) return list;
        // "countries including Egypt and France supported …": the examples are the subject
        if (before && EXPANDERS.has(before.lower) && list.refs.length) return list;
        // "as Haftar's forces are in Sirte": the subordinator is no preposition
        // ("hours after Patriarch Kirill, the head of the Church, called for a truce": a subordinator
        // right before the verb's own subject, with only asides between them)
        const asideOnly = () => units.slice(list.last + 1, g.first).every((w, j) => w.text === ',' || this.s.clauseOf[list.last + 1 + j] !== g.clause);
        const opener = (list.first - 1 === clause.first && clause.kind === 'subordinate') || (Boolean(before) && this.grammar.subordinators.has(before.lower) && asideOnly());
        if (chunk.time || (before && before.pos === 'ADP' && before.lower !== 'that' && !opener)) {
          k = Math.min(k, list.first) - (before?.pos === 'ADP' ? 2 : 1);
          continue;
        }
        // "seized Sanaa and took Hodeidah": the object of a coordinated verb is not the subject
        const object = this.s.groupOf[list.first - 1];
        const gap = units.slice(list.last + 1, g.first).map((w) => w.lower);
        if (object >= 0 && object !== g.id && gap.some((w) => w === 'and' || w === 'but' || w === 'then' || w === ',')) return this.subjectOf(groups[object], depth + 1);
        if (list.refs.length) return list;
        // "the co-chairs — Norway, Japan, the US and the EU — have called …": the list between dashes names them
        const aside = clauses.find((c) => c.kind === 'parenthetical' && c.first > list.last && c.first <= list.last + 5 && c.last < g.first && c.parent === g.clause);
        const named = aside ? this.chunkAt(aside.first + 1) : undefined;
        if (named && named.first === aside!.first + 1 && this.listOf(named).refs.length) return this.listOf(named);
        // "the GNA and its Turkish support took …": the party coordinated with a description
        const conj = units[list.first - 1];
        let p = list.first - 2;
        if (units[p]?.text === ')') while (p > 0 && units[p + 1]?.text !== '(') p--; // "the GNA (GNA) and its …"
        // (in the same clause: "In Cameroon, separatists … welcomed" is no coordination)
        const partner = conj && (conj.lower === 'and' || conj.lower === ',') && this.s.clauseOf[p] === g.clause ? this.chunkAt(p) : undefined;
        return partner?.refs.length ? this.listOf(partner) : undefined;
      }
      if (u.pos === 'CCONJ' || u.pos === 'ADP' || u.pos === 'PUNCT' || u.pos === 'SCONJ') {
        k--;
        continue;
      }
      return undefined;
    }
    if (clause.kind === 'relative' && clause.antecedent !== undefined) return this.listOf(this.s.chunks[clause.antecedent]);
    if (clause.kind === 'participial' || clause.kind === 'adjunct' || ((g.gerund || g.infinitive || g.participle) && clause.kind !== 'main')) return this.controller(g.clause, depth);
    return undefined;
  }

  /** The subject that a fronted or embedded clause takes from the clause around it. */
  controller(clause: number, depth: number): ArgList | undefined {
    const c = this.s.clauses[clause];
    if (c.parent < 0) return undefined;
    // "The Houthis seized Sanaa, driving Hadi's government out": a trailing clause takes the
    // subject of the verb before it; a fronted one ("Announcing the deal, X said") the one after
    const before = this.s.groups.filter((h) => h.clause === c.parent && h.last < c.first && this.finite(h)).pop();
    if (c.kind === 'participial' && before) return this.subjectOf(before, depth + 1) ?? this.clauseSubject(c.parent, c.last, depth);
    return this.clauseSubject(c.parent, c.last, depth) ?? this.clauseSubject(c.parent, -1, depth);
  }

  private finite(h: VerbGroup): boolean {
    return !h.infinitive && !h.participle && !(h.gerund && this.s.units[h.first - 1]?.pos === 'ADP');
  }

  /**
   * The words of the clause a verb states, where its date stands: its own clause and the
   * asides in it, not the relative or subordinate clauses with verbs of their own ("the
   * army retook Sennar, which the RSF had seized in May": May is the seizure's date).
   */
  timeScope(g: VerbGroup): string {
    const { units, clauses, clauseOf, groups, chunks } = this.s;
    const ownVerb = (c: number) => groups.some((h) => h.clause === c && this.finite(h));
    const inScope = (c: number, at: number, fronted: boolean): boolean => {
      if (c === at) return true;
      const clause = clauses[c];
      // "In March, after heavy fighting, the army retook …": a fronted adjunct dates the whole sentence
      if (fronted && clause.kind === 'adjunct' && clause.first <= 1 && this.within(at, clause.parent)) return true;
      if (clause.parent < 0 || clause.kind === 'relative' || clause.kind === 'complement' || clause.kind === 'speech' || (clause.kind === 'subordinate' && ownVerb(c))) return false;
      return inScope(clause.parent, at, fronted);
    };
    const dated = (at: number, fronted: boolean) => chunks.some((c) => c.time && inScope(clauseOf[c.head], at, fronted));
    const text = (keep: (k: number) => boolean) => units.filter((_u, k) => keep(k)).map((u) => u.text).join(' ');
    // the clause's own date first ("On Friday, the army retook Sennar, which the RSF had seized in May"),
    // then a fronted adjunct's, then the date of a clause around it ("The war began in 2014 when
    // the Houthis took Sanaa"); else the sentence's, but for relative clauses about something else
    if (dated(g.clause, false)) return text((k) => inScope(clauseOf[k], g.clause, false));
    if (dated(g.clause, true)) return text((k) => inScope(clauseOf[k], g.clause, true));
    for (let c = clauses[g.clause].parent; c >= 0; c = clauses[c].parent) {
      if (dated(c, true)) return text((k) => inScope(clauseOf[k], c, true));
    }
    const aboutOther = (c: number): boolean => c >= 0 && ((clauses[c].kind === 'relative' && !this.within(g.clause, c)) || aboutOther(clauses[c].parent));
    return text((k) => !aboutOther(clauseOf[k]));
  }

  /** Only adverbs, auxiliaries, negators, commas and time phrases ("which in April seized Mellit") in [from, to). */
  private onlyFunctionWords(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const u = this.s.units[k];
      if (u.pos === 'ADV' || u.pos === 'AUX' || u.pos === 'PART' || this.grammar.negators.has(u.lower) || u.text === ',') continue;
      // "in April", "last week", "on Saturday": a time phrase
      const at = u.pos === 'ADP' ? k + 1 : k;
      const c = this.chunkAt(at);
      if (c?.time && c.first === at) {
        k = c.last;
        continue;
      }
      return false;
    }
    return true;
  }
}
