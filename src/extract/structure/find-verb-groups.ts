// Verb groups: a main verb with its auxiliaries, modals, negation and adverbs ("has
// not yet been backed", "will accept", "to support"), and its voice and tense. A past
// participle with no auxiliary before "by" is a reduced passive ("X, backed by Y").
import type { Grammar } from './load-grammar.ts';
import type { Unit, VerbGroup } from './structure-types.ts';

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am', 'get', 'gets', 'got', 'gotten', 'getting']);
const HAVE = new Set(['have', 'has', 'had', 'having', "'ve"]);

const isAux = (u: Unit, grammar: Grammar) => u.pos !== 'PART' && u.pos !== 'ENT' && (u.pos === 'AUX' || grammar.modals.has(u.lower) || BE.has(u.lower) || HAVE.has(u.lower) || u.lower === 'do' || u.lower === 'does' || u.lower === 'did');
const isVerb = (u: Unit) => u.pos === 'VERB';
const participleForm = (u: Unit) => u.lower !== u.lemma && !u.lower.endsWith('ing') && !(u.lower === `${u.lemma}s` || u.lower === `${u.lemma}es`);

function insertable(u: Unit, grammar: Grammar): boolean {
  return grammar.negators.has(u.lower) || (u.pos === 'ADV' && !grammar.particles.has(u.lower)) || grammar.adverbInserts.has(u.lower);
}

/** Verb groups of the sentence and the group index of every unit (-1 outside groups). */
export function findVerbGroups(units: Unit[], chunkOf: number[], grammar: Grammar): { groups: VerbGroup[]; groupOf: number[] } {
  const groups: VerbGroup[] = [];
  const groupOf = units.map(() => -1);
  let i = 0;
  while (i < units.length) {
    const u = units[i];
    const infinitive = u.lower === 'to' && (u.pos === 'PART' || u.pos === 'ADP') && nextVerb(units, i + 1, grammar) >= 0;
    // a participle inside a noun phrase ("US-led talks", "the retired general") is no verb
    if ((!infinitive && !isAux(u, grammar) && !isVerb(u)) || chunkOf[i] >= 0) {
      i++;
      continue;
    }
    const first = i;
    let j = infinitive ? i + 1 : i;
    let verb = -1;
    const chain: string[] = [];
    for (; j < units.length; j++) {
      const w = units[j];
      if (isAux(w, grammar) && verb < 0) continue;
      if (insertable(w, grammar) && verb < 0) continue;
      if (isVerb(w)) {
        verb = j;
        // "has been backed", "continued supporting": a verb followed by another verb chains into it
        if (units[j + 1] && isVerb(units[j + 1]) && units[j + 1].lower.endsWith('ing')) {
          chain.push(w.lemma);
          continue;
        }
        break;
      }
      break;
    }
    if (verb < 0) {
      // a copula or auxiliary alone ("X is Y's backer")
      const aux = [...Array(j - first).keys()].map((k) => first + k).reverse().find((k) => isAux(units[k], grammar));
      if (aux === undefined) {
        i = Math.max(j, i + 1);
        continue;
      }
      verb = aux;
    }
    let last = verb;
    while (last + 1 < units.length && units[last + 1].pos === 'ADP' && grammar.particles.has(units[last + 1].lower) && units[last + 1].lower !== 'in' && units[last + 1].lower !== 'on') last++;
    if (units[last + 1]?.pos === 'ADV' && grammar.particles.has(units[last + 1].lower)) last++;
    const span = units.slice(first, verb + 1);
    const main = units[verb];
    const hasBe = span.slice(0, -1).some((w) => BE.has(w.lower));
    const hasHave = span.slice(0, -1).some((w) => HAVE.has(w.lower));
    const noAux = !span.slice(0, -1).some((w) => isAux(w, grammar)) && !infinitive;
    // "the statement signed on November 10 by Aliyev", "the deal, signed in Doha by …": the
    // "by" may come after the participle's adjuncts, when no object stands after it
    // (not after its subject: "the truce, which he brokered after talks between …")
    const prev = units[first - 1];
    const noSubject = prev !== undefined && (prev.text === ',' || prev.pos === 'NOUN' || (prev.pos === 'ENT' && /^\p{Ll}/u.test(prev.text) && !PRONOUN.test(prev.lower)));
    const byNext = units[last + 1]?.lower === 'by' || (units[last + 1]?.pos === 'ADP' && noSubject && byAhead(units, last + 1));
    const group: VerbGroup = {
      id: groups.length, first, verb, last, lemma: main.lemma, chain, clause: 0,
      passive: hasBe && participleForm(main) && main.lemma !== 'be',
      negated: span.some((w) => grammar.negators.has(w.lower)),
      modal: span.some((w) => grammar.modals.has(w.lower)),
      infinitive,
      gerund: main.lower.endsWith('ing') && !hasBe,
      participle: noAux && participleForm(main) && byNext,
      past: (participleForm(main) && !hasBe && main.lemma !== 'be') || hasHave || /^(?:was|were)$/.test(main.lower),
    };
    groups.push(group);
    for (let k = first; k <= last; k++) groupOf[k] = group.id;
    i = last + 1;
  }
  return { groups, groupOf };
}

const PRONOUN = /^(?:he|she|it|they|we|i|you|who|which|that)$/;

/** A "by" within a few units from `from`, before a comma, a stop or a verb. */
function byAhead(units: Unit[], from: number): boolean {
  for (let k = from; k < units.length && k < from + 8; k++) {
    if (units[k].lower === 'by' || units[k].lower === 'between') return true;
    if (units[k].pos === 'PUNCT' || units[k].pos === 'VERB' || units[k].pos === 'AUX') return false;
  }
  return false;
}

function nextVerb(units: Unit[], from: number, grammar: Grammar): number {
  for (let k = from; k < units.length && k < from + 3; k++) {
    if (isVerb(units[k]) || (units[k].pos === 'AUX' && units[k].lower === 'be')) return k;
    if (!insertable(units[k], grammar)) return -1;
  }
  return -1;
}
