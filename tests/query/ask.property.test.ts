// Property tests for the question parser: any question, adversarial or random, gets an
// answer or a typed error (KG_INVALID_INPUT, KG_NOT_FOUND, KG_AMBIGUOUS), quickly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.ts';
import { ask } from '../../src/query/ask.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';
import { adversarialText, anyText, GLUED_RUNS, RUNS, timeBound, timed } from '../fixtures/_adversarial.ts';

const graph = fixtureGraph();
const STARTS = ['who backs ', 'whom does ', 'what does ', 'who controls ', 'who rejected the ', 'how is ', 'who is allied with ', 'who proposed '];
const templated = fc.tuple(fc.constantFrom(...STARTS), adversarialText.map((s) => s.slice(0, 600)), fc.constantFrom('?', ' connected to Haftar?', ' back?', ' control?', '', '???')).map((parts) => parts.join(''));

function check(question: string): void {
  const { ms, error } = timed(() => ask(graph, question));
  if (error !== undefined && !isKgError(error)) throw new Error(`untyped error on ${JSON.stringify(question.slice(0, 80))}: ${(error as Error).stack}`);
  if (error !== undefined) expect(['KG_INVALID_INPUT', 'KG_NOT_FOUND', 'KG_AMBIGUOUS']).toContain((error as { code: string }).code);
  expect(ms).toBeLessThan(timeBound(question));
}

describe('ask on hostile questions', () => {
  it.each([['template openings with adversarial names', templated], ['adversarial text', adversarialText], ['arbitrary code points', anyText]])('%s: an answer or a typed error, in time', (_name, arbitrary) => {
    fc.assert(fc.property(arbitrary, check), { numRuns: 200 });
  }, 60_000);

  it.each([...RUNS, ...GLUED_RUNS])('a long run of %s', (_name, question) => check(question));

  it.each(STARTS)('"%s" followed by 20,000 characters is refused at once', (start) => {
    const { ms, error } = timed(() => ask(graph, `${start}${'Haftar and '.repeat(1800)}?`));
    expect(error).toMatchObject({ code: 'KG_INVALID_INPUT' });
    expect(ms).toBeLessThan(50);
  });
});
