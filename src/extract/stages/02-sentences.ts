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

function readLine(line: string, base: number, out: Sentence[]): void {
  const engine = getNlp();
  const its = engine.its;
  const doc = engine.readDoc(line);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  let lemmas: string[] | undefined;
  const lemmasOfLine = () => (lemmas ??= (doc.tokens().out(its.lemma as never) as unknown as string[]).map((l) => l.toLowerCase()));
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    cursor += spaces[i].length;
    const at = line.indexOf(values[i], cursor);
    const start = at >= 0 && at - cursor < 3 ? at : cursor;
    tokens.push(new LineToken(values[i], base + start, base + start + values[i].length, pos[i], lemmasOfLine, i));
    cursor = start + values[i].length;
  }
  doc.sentences().each((s: any) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const own = tokens.slice(first, last + 1);
    if (!own.length) return;
    const start = own[0].start;
    const end = own[own.length - 1].end;
    out.push({ index: out.length, start, end, text: line.slice(start - base, end - base), tokens: own });
  });
}

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
