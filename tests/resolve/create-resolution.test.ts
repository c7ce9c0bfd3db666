// Resolution rows: transliteration variants, acronyms and surnames merge across articles;
// look-alikes do not; short forms join only the one full name they fit; aliases link to
// lexicon entities only; keys that slug alike get -2 by a rule, not by arrival.
import { describe, expect, it } from 'vitest';
import { buildFromDocs } from '../../src/graph/build-corpus.ts';
import { createCorpusGraph } from '../../src/graph/corpus-graph.ts';
import type { ArticleExtraction, EntityRef, ProposalRef } from '../../src/types.ts';

const ref = (label: string, type: EntityRef['type'] = 'actor', kind = 'person', aliases: string[] = [], id?: string): EntityRef => ({ label, type, kind, aliases: [label, ...aliases], ...(id ? { id } : {}) });
const article = (n: number, entities: EntityRef[]): ArticleExtraction => ({ article: `a${n}.txt`, entities, facts: [] });

/** Node keys the refs resolve to when each is named by its own article. */
function keysOf(...refs: EntityRef[]): string[] {
  const corpus = createCorpusGraph();
  const { touched } = corpus.add(refs.map((r, i) => article(i, [r])));
  return refs.map((_, i) => touched.get(`a${i}.txt`)!.nodes[0]);
}

describe('resolution across articles', () => {
  it.each([
    [ref('Mohammed Kanunu'), ref('Mohamad Gnounou')],
    [ref('Abdel Hadi Dara'), ref('Abdul Hadi Darah')],
    [ref('Sirte', 'city', 'city'), ref('Sirt', 'city', 'city')],
    [ref('Tarhuna', 'city', 'city'), ref('Tarhunah', 'city', 'city')],
    [ref('Tarhuna', 'city', 'city'), ref('Tarhouna', 'city', 'city')],
    [ref('Mustafa Al-Majaei'), ref('Majaei')],
    [ref('Misrata', 'city', 'city'), ref('Misratah', 'city', 'city')],
    [ref('Volcano Brigade Command', 'actor', 'organisation'), ref('VBC', 'actor', 'organisation')],
    [ref('Hafter', 'actor', 'person', [], 'haftar'), ref('Haftar')], // a free name that is the lexicon's
    [ref('Government of National Accord', 'actor', 'government', ['Al-Wefaq government'], 'gna'), ref('Al-Wefaq government', 'actor', 'government')],
  ])('merges %o with %o', (a, b) => {
    const [ka, kb] = keysOf(a, b);
    expect(kb).toBe(ka);
    const [kb2, ka2] = keysOf(b, a); // and the other way round (the label is then b's: the first article's)
    expect(ka2).toBe(kb2);
  });

  it.each([
    [ref('Libya', 'backer', 'state'), ref('Liberia', 'backer', 'state')],
    [ref('Sisi', 'backer'), ref('Egypt', 'backer', 'state')],
    [ref('Tripoli', 'city', 'city'), ref('Tripoli Brigade', 'actor', 'organisation')],
    [ref('Ahmed Salem'), ref('Ahmed Salah')],
    [ref('Ahmed Mismari'), ref('Mohamed Mismari')], // one surname, two people: full names never merge by surname
    [ref('Zawiya', 'city', 'city', ['Zizaihe']), ref('Zizaihe', 'city', 'city')], // an alias claims no free name
    [ref('Khalifa Haftar', 'actor', 'person', [], 'haftar'), ref('Libyan National Army', 'actor', 'armed-group', [], 'lna')],
  ])('keeps %o and %o apart', (a, b) => {
    const [ka, kb] = keysOf(a, b);
    expect(kb).not.toBe(ka);
  });

  it('a surname alone stays apart when two full names carry it', () => {
    const [, , k] = keysOf(ref('Ahmed Mismari'), ref('Mohamed Mismari'), ref('Mismari'));
    expect(k).toBe('actor:mismari');
    const [a, b] = keysOf(ref('Ahmed Mismari'), ref('Mismari'));
    expect(b).toBe(a);
  });

  it('labels and keys come from all mentions: the most used label, ties to the first article', () => {
    const corpus = createCorpusGraph();
    corpus.add([article(3, [ref('Sirt', 'city', 'city')]), article(1, [ref('Sirte', 'city', 'city')]), article(2, [ref('Sirt', 'city', 'city')])]);
    expect(corpus.graph.nodes()).toEqual(['city:sirt']);
    const tie = createCorpusGraph();
    tie.add([article(2, [ref('Sirt', 'city', 'city')]), article(1, [ref('Sirte', 'city', 'city')])]);
    expect(tie.graph.nodes()).toEqual(['city:sirte']);
  });

  it('two clusters whose labels slug alike: the one named first (by article id) keeps the key', () => {
    for (const order of [[0, 1], [1, 0]]) {
      const corpus = createCorpusGraph();
      // "haftars-forces" both, but not one name: "haftars forces" and "haftar forces" (a possessive)
      const arts = [article(1, [ref('Haftars Forces', 'actor', 'organisation')]), article(2, [ref("Haftar's Forces", 'actor', 'armed-group')])];
      corpus.add(order.map((i) => arts[i]));
      expect(corpus.graph.nodes().sort()).toEqual(['actor:haftars-forces', 'actor:haftars-forces-2']);
      expect(corpus.graph.getNodeAttribute('actor:haftars-forces', 'kind')).toBe('organisation');
    }
  });

  it('merges lexicon variants and keeps House of Representatives apart from the GNA', async () => {
    const graph = await buildFromDocs([
      { id: 'a.txt', text: 'Turkey backs the Government of National Accord. Egypt backs Hafter. The House of Representatives rejected the ceasefire proposed by Turkey.', date: '2020-01-01' },
      { id: 'b.txt', text: 'Qatar supports the GNA. Russia backs Heftar. The Al-Wefaq government welcomed the truce proposed by Turkey.', date: '2020-01-02' },
    ]);
    const labels = graph.mapNodes((_k, a) => a.label);
    expect(labels.filter((l) => l === 'Government of National Accord')).toHaveLength(1);
    expect(labels.filter((l) => l === 'Khalifa Haftar')).toHaveLength(1);
    expect(labels).toContain('House of Representatives');
    expect(graph.hasNode('actor:government-of-national-accord')).toBe(true);
    expect(graph.hasNode('actor:khalifa-haftar')).toBe(true);
    expect(graph.filterNodes((_k, a) => a.type === 'proposal')).toHaveLength(1);
  });
});

describe('proposals across articles', () => {
  const call = (label: string, date: string | undefined, proposers: EntityRef[]): ProposalRef => ({ label: date ? `${label} (${date})` : label, type: 'proposal', kind: 'ceasefire', aliases: [label], date, proposers: proposers.map((p) => p.label) });
  const turkey = ref('Turkey', 'backer', 'state', [], 'country:tr');
  const sarraj = ref('Fayez al-Sarraj', 'actor', 'person', [], 'sarraj');
  const gna = ref('Government of National Accord', 'actor', 'government', [], 'gna');
  const proposals = (...arts: ArticleExtraction[]) => {
    const corpus = createCorpusGraph();
    corpus.add(arts);
    return corpus.graph.filterNodes((_k, a) => a.type === 'proposal').sort();
  };

  it("one side's calls within a week are one proposal (Sarraj speaks for the GNA)", () => {
    expect(proposals(article(1, [sarraj, call('Ceasefire call by Fayez al-Sarraj', '2020-08-21', [sarraj])]), article(2, [gna, call('Ceasefire call by Government of National Accord', '2020-08-23', [gna])]))).toHaveLength(1);
  });

  it('a press name wins over "Ceasefire call by …" for a call by the same side that week', () => {
    const keys = proposals(article(1, [turkey, call('Ceasefire call by Turkey', '2020-01-08', [turkey])]), article(2, [turkey, call('Istanbul Initiative', '2020-01-10', [turkey])]));
    expect(keys).toEqual(['proposal:istanbul-initiative-2020-01-10']);
  });

  it.each([
    ['two weeks apart', '2020-01-08', '2020-01-22'],
    ['undated', undefined, '2020-01-08'],
  ])('calls by one side %s stay apart', (_case, a, b) => {
    expect(proposals(article(1, [turkey, call('Ceasefire call by Turkey', a, [turkey])]), article(2, [turkey, call('Ceasefire call by Turkey', b, [turkey])]))).toHaveLength(2);
  });

  it('a name reported in many windows, one article at a time out of order, gives the proposals of all at once', () => {
    // Berlin talks every 70 days for 3 years: 16 windows of one sequence, each new report re-windowing it
    const dates = Array.from({ length: 16 }, (_, k) => new Date(Date.UTC(2020, 0, 1) + k * 70 * 86_400_000).toISOString().slice(0, 10));
    const arts = dates.flatMap((d, k) => [article(2 * k, [call('Berlin Process', d, [])]), article(2 * k + 1, [call('Berlin Process', d, [])])]);
    const shuffled = arts.map((a, k) => [a, (k * 7919) % arts.length] as const).sort((x, y) => x[1] - y[1]).map(([a]) => a);
    const oneByOne = createCorpusGraph();
    for (const a of shuffled) oneByOne.add([a]);
    const all = proposals(...arts);
    expect(all).toHaveLength(16);
    expect(oneByOne.graph.filterNodes((_k, a) => a.type === 'proposal').sort()).toEqual(all);
    expect(oneByOne.graph.filterNodes((_k, a) => a.type === 'proposal').map((k) => oneByOne.graph.getNodeAttribute(k, 'mentions'))).toEqual(all.map(() => 2));
  });

  it('two differently named proposals of one side stay apart; one name within two months is one', () => {
    expect(proposals(article(1, [turkey, call('Istanbul Initiative', '2020-01-08', [turkey])]), article(2, [turkey, call('Ankara Plan', '2020-01-09', [turkey])]))).toHaveLength(2);
    expect(proposals(article(1, [call('Cairo Declaration', '2020-06-06', [])]), article(2, [call('Cairo Declaration', '2020-07-20', [])]))).toHaveLength(1);
  });
});
