// Each dispute kind on small hand-made graphs (positive and negative rows), then the
// acceptance corpus through the real extractor: all three disputes with both sides'
// quotes and outlets.
import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { disputes } from '../../src/query/disputes.ts';
import type { ControlDispute, DeniedDispute, StanceDispute } from '../../src/query/dispute-types.ts';
import type { Claim, KnowledgeGraph, NodeType, Relation } from '../../src/types.ts';
import { disputesGraph } from '../fixtures/_disputes-graph.ts';

type E = [source: string, relation: Relation, target: string, article: string, date: string | undefined, validity?: { since?: string; until?: string }];

function graphOf(edges: E[], claims: Claim[] = []): KnowledgeGraph {
  const graph = createGraph();
  const node = (key: string) => {
    if (graph.hasNode(key)) return;
    const [type, slug] = key.split(':') as [NodeType, string];
    graph.addNode(key, { label: slug, type, kind: type === 'city' ? 'city' : 'government', aliases: [], articles: [], mentions: 1 });
  };
  for (const [s, relation, t, article, date, validity] of edges) {
    [s, t].forEach(node);
    const key = `${s}|${relation}|${t}|${validity?.since ?? ''}|${validity?.until ?? ''}`;
    const evidence = { article, sentence: 0, start: 0, end: 1, quote: `${s} ${relation} ${t} (${article})`, rule: 'test', outlet: `outlet-${article}`, ...(date ? { date } : {}) };
    if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'evidence', (list = []) => [...list, evidence]);
    else graph.addDirectedEdgeWithKey(key, s, t, { relation, evidence: [evidence], sources: 1, confidence: 0.8, ...validity });
  }
  if (claims.length) graph.setAttribute('claims', claims);
  return graph;
}

const [x, y, sirte, truce] = ['actor:x', 'actor:y', 'city:sirte', 'proposal:truce'];

describe('disputes: control', () => {
  it.each<[string, E[], number]>([
    ['two holders the same day, two articles', [[x, 'controls', sirte, 'a', '2020-07-10'], [y, 'controls', sirte, 'b', '2020-07-10']], 1],
    ['one took it on Friday, the other still holds it the next day', [[x, 'controls', sirte, 'a', '2020-07-12', { since: '2020-07-03' }], [y, 'controls', sirte, 'b', '2020-07-10']], 1],
    ['undated statements bound nothing', [[x, 'controls', sirte, 'a', undefined], [y, 'controls', sirte, 'b', undefined]], 1],
    ['negative: a hand-over (until = since)', [[x, 'controls', sirte, 'a', '2020-06-06', { until: '2020-06-05' }], [y, 'controls', sirte, 'a', '2020-06-06', { since: '2020-06-05' }]], 0],
    ['negative: a loss of unknown date in an undated article claims no time', [[x, 'controls', sirte, 'a', undefined, { until: 'unknown' }], [y, 'controls', sirte, 'b', '2020-07-10', { since: '2020-06' }]], 0],
    ['negative: "since June" is not contradicted by "until 5 June"', [[x, 'controls', sirte, 'a', '2020-06-06', { until: '2020-06-05' }], [y, 'controls', sirte, 'b', '2020-11-23', { since: '2020-06' }]], 0],
    ['negative: different months, no overlap', [[x, 'controls', sirte, 'a', '2020-01-10'], [y, 'controls', sirte, 'b', '2020-07-10']], 0],
    ['negative: one article says both', [[x, 'controls', sirte, 'a', '2020-07-10'], [y, 'controls', sirte, 'a', '2020-07-10']], 0],
    ['negative: the same holder twice', [[x, 'controls', sirte, 'a', '2020-07-10'], [x, 'controls', sirte, 'b', '2020-07-10']], 0],
  ])('%s', (_why, edges, expected) => {
    expect(disputes(graphOf(edges), { kinds: ['control'] }).disputes).toHaveLength(expected);
  });

  it('allies (one camp) may share a town', () => {
    const graph = graphOf([[x, 'controls', sirte, 'a', '2020-07-10'], [y, 'controls', sirte, 'b', '2020-07-10'], [x, 'supports', y, 'c', '2020-07-01'], ['actor:z', 'rejects', x, 'c', '2020-07-01']]);
    expect(disputes(graph, { kinds: ['control'] }).disputes).toEqual([]);
  });

  it('names the place, the overlap and each holder with its outlets', () => {
    const [d] = disputes(graphOf([[x, 'controls', sirte, 'a', '2020-07-10'], [y, 'controls', sirte, 'b', '2020-07-10']])).disputes as ControlDispute[];
    expect(d).toMatchObject({ kind: 'control', place: { key: sirte }, from: '2020-07-10', to: '2020-07-10' });
    expect(d.claims.map((c) => [c.holder.key, c.outlets])).toEqual([[x, ['outlet-a']], [y, ['outlet-b']]]);
  });
});

describe('disputes: stance', () => {
  it.each<[string, E[], Array<StanceDispute['nature']>]>([
    ['rejected, then accepted: a change', [[x, 'rejects', truce, 'a', '2020-08-22'], [x, 'supports', truce, 'b', '2020-08-27']], ['change']],
    ['accepted, then rejected: a change the other way', [[x, 'supports', truce, 'a', '2020-08-22'], [x, 'rejects', truce, 'b', '2020-08-27']], ['change']],
    ['both on the same day: a contradiction', [[x, 'rejects', truce, 'a', '2020-08-22'], [x, 'supports', truce, 'b', '2020-08-22']], ['contradiction']],
    ['undated: a contradiction (no order is known)', [[x, 'rejects', truce, 'a', undefined], [x, 'supports', truce, 'b', undefined]], ['contradiction']],
    ['negative: two parties, one stance each', [[x, 'rejects', truce, 'a', '2020-08-22'], [y, 'supports', truce, 'b', '2020-08-27']], []],
    ['negative: support and rejection of different proposals', [[x, 'rejects', truce, 'a', '2020-08-22'], [x, 'supports', 'proposal:other', 'b', '2020-08-27']], []],
    ['negative: supports and rejects an actor, not a proposal', [[x, 'rejects', y, 'a', '2020-08-22'], [x, 'supports', y, 'b', '2020-08-27']], []],
  ])('%s', (_why, edges, natures) => {
    expect((disputes(graphOf(edges), { kinds: ['stance'] }).disputes as StanceDispute[]).map((d) => d.nature)).toEqual(natures);
  });

  it('orders the sides by date', () => {
    const [d] = disputes(graphOf([[x, 'supports', truce, 'b', '2020-08-27'], [x, 'rejects', truce, 'a', '2020-08-22']])).disputes as StanceDispute[];
    expect(d.claims.map((c) => [c.stance, c.date])).toEqual([['rejects', '2020-08-22'], ['supports', '2020-08-27']]);
  });
});

describe('disputes: denied', () => {
  const ref = (label: string) => ({ label, type: 'backer' as const, kind: 'state', aliases: [] });
  const evidence = (sentence: number) => ({ article: 'e', sentence, start: 0, end: 1, quote: `sentence ${sentence}`, rule: 'r', outlet: 'Al Wasat', date: '2020-05-20' });
  const claim: Claim = {
    fact: { subject: ref('Qatar'), relation: 'supports', object: { ...ref('gna'), type: 'actor' }, evidence: evidence(0), confidence: 0.8 },
    claimant: { ...ref('Ahmed al-Mismari'), type: 'actor' },
    denial: { by: ref('Qatar'), evidence: evidence(1) },
  };

  it('a kept claim is a dispute with both sides; its parties point to graph nodes when there are any', () => {
    const graph = graphOf([['backer:Qatar', 'supports', 'actor:other', 'z', '2020-01-01']], [claim]);
    const [d] = disputes(graph, { kinds: ['denied'] }).disputes as DeniedDispute[];
    expect(d.claim).toMatchObject({ subject: { key: 'backer:Qatar', label: 'Qatar' }, relation: 'supports', object: { label: 'gna' } });
    expect(d.claim.object.key).toBeUndefined(); // no node is named "gna": the party keeps its name only
    expect(d.claims.map((c) => [c.role, c.by?.label, c.evidence.map((e) => e.quote)])).toEqual([
      ['claim', 'Ahmed al-Mismari', ['sentence 0']],
      ['denial', 'Qatar', ['sentence 1']],
    ]);
  });

  it('negative: no claims, no denied disputes', () => {
    expect(disputes(graphOf([[x, 'supports', y, 'a', '2020-01-01']]), { kinds: ['denied'] }).disputes).toEqual([]);
  });
});

describe('disputes: options', () => {
  it('refuses an unknown kind', () => {
    expect(() => disputes(createGraph(), { kinds: ['rumour' as never] })).toThrow(InvalidInputError);
  });
});

describe('disputes on the five-article corpus', () => {
  let graph: KnowledgeGraph;
  beforeAll(async () => {
    graph = await disputesGraph();
  });

  it('lists all three, in kind order, each side with its quote and outlet', () => {
    const { disputes: found, counts } = disputes(graph);
    expect(counts).toEqual({ control: 1, stance: 1, denied: 1 });
    const [control, stance, denied] = found as [ControlDispute, StanceDispute, DeniedDispute];
    expect(control.place.label).toBe('Sirte');
    expect(control.claims.map((c) => [c.holder.label, c.outlets])).toEqual([['Government of National Accord', ['Al Wasat']], ['Khalifa Haftar', ['libyaobserver.ly']]]);
    expect(control.claims.every((c) => c.evidence[0].quote.includes('Sirte') && c.evidence[0].date === '2020-07-10')).toBe(true);
    expect(stance).toMatchObject({ party: { label: 'Khalifa Haftar' }, nature: 'change' });
    expect(stance.claims.map((c) => [c.stance, c.date, c.outlets])).toEqual([['rejects', '2020-08-22', ['aljazeera.com']], ['supports', '2020-08-27', ['reuters.com']]]);
    expect(denied.claim).toMatchObject({ subject: { key: 'backer:qatar' }, relation: 'supports', object: { key: 'actor:government-of-national-accord' } });
    expect(denied.claims.map((c) => [c.role, c.by?.label, c.outlets])).toEqual([['claim', 'Ahmed al-Mesmari', ['Asharq Al-Awsat']], ['denial', 'Qatar', ['Asharq Al-Awsat']]]);
    expect(denied.claims[0].evidence[0].quote).toMatch(/claimed that Qatar was arming .* which Doha denied/);
  });

  it('a denied claim is never a fact of the graph', () => {
    expect(graph.edges('backer:qatar', 'actor:government-of-national-accord')).toEqual([]);
  });
});
