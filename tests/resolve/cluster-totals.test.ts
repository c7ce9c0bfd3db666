// The totals kept per final cluster: one group read as it is, several summed once and
// then grown by the mentions that join; a cluster that loses a mention is summed again,
// never left with the counts of a mention that went (the stale case). And through the
// corpus graph: nodes that lose a short form or a component, one article at a time, equal
// a clean build, and the diffs (patches built from what a node gained) rebuild them.
import { describe, expect, it } from 'vitest';
import { createCorpusGraph } from '../../src/graph/corpus-graph.ts';
import { createGraph } from '../../src/graph/create-graph.ts';
import { applyDiff } from '../../src/graph/graph-diff.ts';
import type { Mention } from '../../src/resolve/canonical-node.ts';
import { createClusterTotals, growthOf } from '../../src/resolve/cluster-totals.ts';
import { addMention, emptyStats, type MentionStats } from '../../src/resolve/mention-stats.ts';
import type { ArticleExtraction, EntityRef, NodeAttributes } from '../../src/types.ts';
import { graphSignature } from '../fixtures/_graph-signature.ts';

const ref = (label: string, aliases: string[] = [], id?: string): EntityRef => ({ label, type: 'actor', kind: 'person', aliases: [label, ...aliases], ...(id ? { id } : {}) });
const article = (name: string, entities: EntityRef[]): ArticleExtraction => ({ article: name, entities, facts: [] });
const TURKEY = ref('Turkey', [], 'turkey');
/** An article whose entities are each backed by Turkey: an edge per entity shows which node its mention went to. */
const backed = (name: string, entities: EntityRef[]): ArticleExtraction => ({
  article: name, entities: [TURKEY, ...entities],
  facts: entities.map((object, k) => ({
    subject: TURKEY, relation: 'supports', object, confidence: 0.9,
    evidence: { article: name, sentence: k, start: 0, end: 10, quote: `Turkey backs ${object.label}`, rule: 'test' },
  })),
});

describe('cluster totals', () => {
  const mentions: Mention[] = [
    { article: 'a.txt', ref: ref('Ali Gnounou') },
    { article: 'b.txt', ref: ref('Gnounou') },
    { article: 'c.txt', ref: ref('Gnounou', ['The Engineer']) },
  ];
  const groupOf = (...ids: number[]) => {
    const stats = emptyStats();
    for (const i of ids) addMention(stats, mentions[i].article, mentions[i].ref);
    return stats;
  };

  it('reads one group as it is, sums several once, then adds only the mentions that join', () => {
    let groups: MentionStats[] = [groupOf(0)];
    const totals = createClusterTotals((i) => mentions[i], () => groups);
    totals.move(0, undefined, 'F');
    expect(totals.read('F')).toMatchObject({ stats: groups[0], joined: [0], grew: true });
    groups = [groupOf(0), groupOf(1)];
    totals.move(1, 'S', 'F');
    const first = totals.read('F').stats;
    expect(first).not.toBe(groups[0]);
    expect(first.articles).toEqual(['a.txt', 'b.txt']);
    groups = [groupOf(0), groupOf(1, 2)];
    totals.move(2, undefined, 'F');
    const { stats, joined, grew } = totals.read('F');
    expect([stats === first, joined, grew]).toEqual([true, [2], true]);
    expect(stats).toEqual(groupOf(0, 1, 2));
  });

  it('many mentions joining at once (a component gathered by a lexicon entity) are counted apart and merged in: the same counts', () => {
    const many: Mention[] = Array.from({ length: 80 }, (_, i) => ({ article: `m${String(i % 50).padStart(2, '0')}.txt`, ref: ref(i % 2 ? 'Gnounou' : 'Ali Gnounou', i % 7 ? [] : ['The Engineer']) }));
    const sumOf = (ids: number[]) => {
      const stats = emptyStats();
      for (const i of ids) addMention(stats, many[i].article, many[i].ref);
      return stats;
    };
    const all = many.map((_, i) => i);
    let groups = [sumOf([0]), sumOf([1])];
    const totals = createClusterTotals((i) => many[i], () => groups);
    [totals.move(0, undefined, 'F'), totals.move(1, undefined, 'F')];
    totals.read('F');
    groups = [sumOf(all.filter((i) => i % 2 === 0)), sumOf(all.filter((i) => i % 2 === 1))];
    for (const i of all.slice(2)) totals.move(i, 'G', 'F');
    expect(totals.read('F').stats).toEqual(sumOf(all));
  });

  it('a cluster that lost a mention is summed again from its groups, not left stale', () => {
    let groups = [groupOf(0), groupOf(1, 2)];
    const totals = createClusterTotals((i) => mentions[i], () => groups);
    for (const i of [0, 1, 2]) totals.move(i, undefined, 'F');
    expect(totals.read('F').stats.articles).toEqual(['a.txt', 'b.txt', 'c.txt']);
    groups = [groupOf(0), groupOf(1)]; // c.txt's mention went to another cluster
    totals.move(2, 'F', 'G');
    const { stats, grew } = totals.read('F');
    expect(grew).toBe(false);
    expect(stats.articles).toEqual(['a.txt', 'b.txt']);
    expect(stats.names.has('The Engineer')).toBe(false);
  });

  it('growthOf: the articles and names a node gained, by bisection; undefined when the lists say otherwise', () => {
    const before = { articles: ['a.txt', 'b.txt'], aliases: ['Ali Gnounou', 'Gnounou'] } as NodeAttributes;
    const next = { articles: ['a.txt', 'b.txt', 'c.txt'], aliases: ['Ali Gnounou', 'Gnounou', 'The Engineer'] } as NodeAttributes;
    expect(growthOf(before, next, [2], (i) => mentions[i])).toEqual({ articles: ['c.txt'], aliases: ['The Engineer'] });
    expect(growthOf(before, next, [1], (i) => mentions[i])).toBeUndefined();
  });
});

describe('nodes that lose mentions, one article at a time', () => {
  /** Adds the articles one by one; the graph and a mirror built from the diffs must equal a clean build. */
  function expectSameAsClean(articles: ArticleExtraction[]) {
    const live = createCorpusGraph();
    const mirror = createGraph();
    for (const a of articles) applyDiff(mirror, live.add([a]).diff);
    const clean = createCorpusGraph();
    clean.add([...articles].reverse());
    expect(graphSignature(live.graph)).toEqual(graphSignature(clean.graph));
    expect(graphSignature(mirror)).toEqual(graphSignature(clean.graph));
    return live.graph;
  }

  it('a surname that a second full name takes away from the first', () => {
    const graph = expectSameAsClean([
      backed('a1.txt', [ref('Mohamad Gnounou')]),
      backed('a2.txt', [ref('Gnounou', ['The Engineer'])]),
      backed('a3.txt', [ref('Mohamad Gnounou')]),
      backed('a4.txt', [ref('Ali Gnounou')]), // now "Gnounou" fits two full names: it stands alone
      backed('a5.txt', [ref('Mohamad Gnounou')]),
    ]);
    expect(graph.getNodeAttributes('actor:mohamad-gnounou')).toMatchObject({ articles: ['a1.txt', 'a3.txt', 'a5.txt'], aliases: ['Mohamad Gnounou'] });
    expect(graph.getNodeAttribute('actor:gnounou', 'articles')).toEqual(['a2.txt']);
  });

  it('a short form that stood alone joins a full name that was there before it (both keep their keys until then)', () => {
    const graph = expectSameAsClean([
      backed('c1.txt', [ref('Mohamad Gnounou')]),
      backed('c2.txt', [ref('Zintani')]),
      backed('c3.txt', [ref('Zintani')]),
      backed('c4.txt', [ref('Mohamad Gnounou', ['Mohamad Zintani'])]), // now "Zintani" is his surname too
      backed('c5.txt', [ref('Mohamad Gnounou')]),
    ]);
    expect(graph.getNodeAttribute('actor:mohamad-gnounou', 'articles')).toEqual(['c1.txt', 'c2.txt', 'c3.txt', 'c4.txt', 'c5.txt']);
    expect(graph.hasNode('actor:zintani')).toBe(false);
  });

  it('a component a lexicon entity gathered, until its names meet a second entity (two components, one leaves)', () => {
    const gna = ref('Government of National Accord', [], 'gna');
    const graph = expectSameAsClean([
      backed('b1.txt', [gna]),
      backed('b2.txt', [ref('Wefaq Forces', ['Al-Wefaq government'])]),
      backed('b3.txt', [ref('Accord Forces', ['Al-Wefaq government'])]),
      backed('b4.txt', [gna, ref('Libyan National Army', [], 'lna')]),
      backed('b5.txt', [ref('Accord Forces', ['Libyan National Army'])]), // this component now meets the GNA and the LNA
      backed('b6.txt', [gna]),
    ]);
    const key = graph.findNode((_k, a) => a.lexId === 'gna')!;
    // its total is summed again from what it still gathers: its own mentions and "Wefaq Forces"
    expect(graph.getNodeAttribute(key, 'articles')).toEqual(['b1.txt', 'b2.txt', 'b4.txt', 'b6.txt']);
    expect(graph.getNodeAttribute(key, 'aliases')).not.toContain('Accord Forces');
  });
});
