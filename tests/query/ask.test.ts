import { describe, expect, it } from 'vitest';
import { AmbiguousError, InvalidInputError, NotFoundError } from '../../src/errors.ts';
import { ask, EXAMPLE_QUESTIONS } from '../../src/query/ask.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

const graph = fixtureGraph();
const labels = (q: string) => ask(graph, q).answer.items.map((i) => i.label);

describe('ask', () => {
  it.each([
    ['who backs Haftar?', 'who-backs', ['Abdel Fattah al-Sisi', 'Egypt', 'France', 'Russia', 'Saudi Arabia', 'United Arab Emirates']],
    ['Who supports the GNA?', 'who-backs', ['Qatar', 'Turkey', 'United Nations', 'Recep Tayyip Erdogan']],
    ['who are the backers of Hafter', 'who-backs', ['Abdel Fattah al-Sisi', 'Egypt', 'France', 'Russia', 'Saudi Arabia', 'United Arab Emirates']],
    ['whom does Turkey back?', 'whom-does-x-back', ['Government of National Accord']],
    ['who does Erdogan support', 'whom-does-x-back', ['Turkey']],
    ['who supports the Cairo Declaration?', 'who-backs', ['France', 'Khalifa Haftar']],
    ['who rejected the Cairo Declaration?', 'who-rejects', ['Government of National Accord']],
    ["who rejects Haftar's truce?", 'who-rejects', ['Government of National Accord']],
    ["who welcomed Turkey's ceasefire?", 'who-backs', ['Government of National Accord']],
    ['who proposed the Cairo Declaration?', 'who-proposed', ['Abdel Fattah al-Sisi', 'Egypt']],
    ['who rejected the Turkish initiative?', 'who-rejects', ['Khalifa Haftar']],
    ['who rejected the Russian call?', 'who-rejects', ['Khalifa Haftar']],
    ['who supports the Tripoli agreement?', 'who-backs', ['France', 'Khalifa Haftar']],
    ['who controls Sirt?', 'who-controls', ['Khalifa Haftar']],
    ['who controlled Tarhuna', 'who-controls', ['Khalifa Haftar', 'Government of National Accord']],
    ['what does Haftar control?', 'what-does-x-control', ['Sirte', 'Jufra', 'Tarhuna']],
    ['how is Erdogan connected to the GNA?', 'path', ['Recep Tayyip Erdogan', 'Turkey', 'Government of National Accord']],
    ['path from Erdogan to GNA', 'path', ['Recep Tayyip Erdogan', 'Turkey', 'Government of National Accord']],
  ])('%s → %s %j', (question, template, expected) => {
    const result = ask(graph, question);
    expect(result.interpretation.template).toBe(template);
    expect(result.answer.items.map((i) => i.label)).toEqual(expected);
  });

  it('answers "who proposed a ceasefire?" with every proposer', () => {
    expect(new Set(labels('who proposed a ceasefire?'))).toEqual(
      new Set(['Turkey', 'Russia', 'Khalifa Haftar', 'Abdel Fattah al-Sisi', 'Egypt', 'Fayez al-Sarraj', 'Government of National Accord', 'House of Representatives']),
    );
  });

  it('answers "who is allied with X?" from the camps', () => {
    const allies = labels('who is allied with the GNA?');
    expect(allies).toEqual(expect.arrayContaining(['Turkey', 'Qatar']));
    expect(allies).not.toContain('Khalifa Haftar');
    expect(allies).not.toContain('Egypt');
  });

  it.each([
    ['who backs Haftar?', 0],
    ['who rejected the Cairo Declaration?', 0],
    ['what does Haftar control?', -1],
    ['who controlled Tarhuna', 0],
  ])('%s: each item points to its own evidence path', (question, end) => {
    const result = ask(graph, question);
    for (const item of result.answer.items) expect(result.paths[item.path!].nodes.at(end)!.key).toBe(item.key);
  });

  it('returns evidence paths and a one-line text', () => {
    const result = ask(graph, 'who backs the GNA?');
    expect(result.paths.length).toBe(result.answer.items.length);
    expect(result.text).toMatch(/^who backs Government of National Accord.*: Qatar \(direct\), Turkey \(direct\)/);
  });

  it('answers unknown names with NotFoundError and a suggestion', () => {
    try {
      ask(graph, 'who backs Khalifa Hafsar?');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NotFoundError);
      expect((e as NotFoundError).details).toEqual({ suggestions: expect.arrayContaining(['Khalifa Haftar']) });
    }
  });

  it('answers ambiguous names with AmbiguousError', () => {
    expect(() => ask(graph, 'who backs Ahmed?')).toThrow(AmbiguousError);
  });

  it.each([['what is love?'], [''], ['x'.repeat(501)], ['Haftar']])('refuses %j with InvalidInputError listing examples', (q) => {
    try {
      ask(graph, q);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).details).toEqual({ examples: EXAMPLE_QUESTIONS });
    }
  });

  it('understands every example question it advertises', () => {
    for (const q of EXAMPLE_QUESTIONS) expect(() => ask(graph, q)).not.toThrow();
  });
});
