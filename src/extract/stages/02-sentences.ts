// Stage 2: sentences and tokens with part-of-speech tags and lemmas, from wink-nlp. Each line is
// read on its own (headlines end without a full stop); token offsets are rebuilt from
// wink's preceding-space counts so they point into the article text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Stage, Token } from '../pipeline-types.ts';

let nlp: ReturnType<typeof winkNLP> | undefined;
const getNlp = () => (nlp ??= winkNLP(model, ['sbd', 'pos']));

/**
 * A token whose lemma is read from the line's wink document on first use: only the
 * sentences the structure stage analyses (two mentions or more) need lemmas, and
 * lemmatising every token cost a tenth of this stage.
 */
class LineToken implements Token {
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly pos: string,
    private readonly lemmas: () => string[],
    private readonly index: number,
  ) {}

  get lemma(): string {
    return this.lemmas()[this.index];
  }

  toJSON(): Token {
    return { text: this.text, start: this.start, end: this.end, pos: this.pos, lemma: this.lemma };
  }
}

// A token's lemma depends only on its text and tag, except in a contraction ("won't" →
// "will not"), whose lemma wink keeps in the token: lemmas of other tokens are memoised,
// which halves the cost of lemmatising (wink's lemmatiser runs per token and per line).
const lemmaMemo = new Map<string, Map<string, string>>();
/** Forms memoised per tag before that tag's memo starts afresh. */
const LEMMA_MEMO_LIMIT = 20_000;

/** Lower-case lemmas of one line's tokens. */
function lineLemmas(tokens: ReturnType<ReturnType<ReturnType<typeof winkNLP>['readDoc']>['tokens']>, values: string[], pos: string[]): string[] {
  const its = getNlp().its;
  const contraction = tokens.out(its.contractionFlag as never) as unknown as boolean[];
  let wink: string[] | undefined;
  const winkLemma = (i: number) => (wink ??= tokens.out(its.lemma as never) as unknown as string[])[i].toLowerCase();
  return values.map((value, i) => {
    if (contraction[i]) return winkLemma(i);
    let byValue = lemmaMemo.get(pos[i]);
    if (!byValue) lemmaMemo.set(pos[i], (byValue = new Map()));
    let lemma = byValue.get(value);
    if (lemma === undefined) {
      if (byValue.size >= LEMMA_MEMO_LIMIT) byValue.clear();
      byValue.set(value, (lemma = winkLemma(i)));
    }
    return lemma;
  });
}

function readLine(line: string, base: number, out: Sentence[]): void {
  const engine = getNlp();
  const its = engine.its;
  const doc = engine.readDoc(line);
  // one token collection for every read (each call of tokens() builds a new one)
  const all = doc.tokens();
  const values = all.out() as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  let lemmas: string[] | undefined;
  const lemmasOfLine = () => (lemmas ??= lineLemmas(all, values, pos));
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i].length;
    const at = line.indexOf(values[i], cursor);
    const start = at >= 0 && at - cursor < 3 ? at : cursor;
    tokens.push(new LineToken(values[i], base + start, base + start + values[i].length, pos[i], lemmasOfLine, i));
    cursor = start + values[i].length;
  }
  const spans: Array<[number, number]> = [];
  // the spans in one read: each() builds an API object per sentence to read one pair
  for (const span of doc.sentences().out(its.span as never) as unknown as Array<[number, number]>) {
    const prev = spans[spans.length - 1];
    // "under Saudi-U.S. mediation": wink ends a sentence at an initial inside a word; the next
    // one then opens with the rest of it or in lower case
    const initial = prev && (INITIAL_END.test(values[prev[1]]) || (values[prev[1]] === '.' && /^\p{Lu}$/u.test(values[prev[1] - 1] ?? '')));
    if (initial && CONTINUES.test(values[span[0]] ?? '')) prev[1] = span[1];
    else spans.push(span);
  }
  for (const [first, last] of spans) {
    const own = tokens.slice(first, last + 1);
    if (!own.length) continue;
    const start = own[0].start;
    const end = own[own.length - 1].end;
    out.push({ index: out.length, start, end, text: line.slice(start - base, end - base), tokens: own });
  }
}

const INITIAL_END = /(?:^|[^\p{L}])\p{Lu}\.$/u;
const CONTINUES = /^(?:\p{Lu}\.|\p{Ll})/u;

export const sentences: Stage = {
  name: 'sentences',
  requires: ['text'],
  assigns: ['sentences'],
  run(state) {
    const out: Sentence[] = [];
    let base = 0;
    for (const line of state.text!.split('\n')) {
      if (line.trim()) readLine(line, base, out);
      base += line.length + 1;
    }
    return { ...state, sentences: out };
  },
};
