import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { createCorpusGraph } from '../../../src/graph/corpus-graph.ts';
import { factLines } from '../_facts.ts';

const parties = (text: string) => extractArticle({ id: 't.txt', text, date: '2020-06-06' }).entities
  .filter((e) => e.type === 'actor' || e.type === 'backer').map((e) => e.label).sort();

// guidelines: "a government is one node with its army"
describe('a theatre\'s army and its government are one node', () => {
  it.each([
    ['The war in Syria goes on. In Syria, the army retook Hama, backed by Russia. The government said Iran supports it.', 'Syrian Arab Army'],
    ['The war in Somalia goes on. Government forces retook Harardhere from al-Shabaab. The army said Turkey trained its troops.', 'Government of Somalia'],
  ])('%s', (text, label) => {
    const named = parties(text);
    expect(named).toContain(label);
    expect(named.filter((l) => /^Government of|Army$|National Army/.test(l))).toHaveLength(1);
  });

  it('is labelled as the article first calls it, and known by the other name', () => {
    const e = extractArticle({ id: 't.txt', text: 'The war in Syria goes on. In Syria, the government enjoys the backing of Iran and Russia. Government troops retook Hama.', date: '2020-06-06' })
      .entities.find((x) => x.label === 'Government of Syria');
    expect(e?.aliases).toContain('Syrian Arab Army');
  });

  it('knows the army named by the lexicon by its government\'s names too', () => {
    const e = extractArticle({ id: 't.txt', text: 'The war in Syria goes on. The Syrian army retook Aleppo in 2016.', date: '2020-06-06' }).entities.find((x) => x.label === 'Syrian Arab Army');
    expect(e?.aliases).toEqual(expect.arrayContaining(['Syrian government', 'Government of Syria']));
  });

  it('makes no fact between the army and its government', () => {
    expect(factLines('The war in Burkina Faso goes on. The VDP, civilian auxiliaries armed by the government, fight alongside the army.')).not.toContain('Government of Burkina Faso supports Armed Forces of Burkina Faso');
  });
});

// guidelines: "a country and its government are one node"; in its own war the country is a party
describe('the theatre country acting in its own war is one node with its government', () => {
  it.each([
    ['Saudi Arabia has backed Yemen since 2015. Yemeni forces retook Marib on Sunday, and the government said the Houthis had fled.', 'Yemen', 'Yemeni government', 'Yemen controls Marib'],
    ['Rwanda sent troops to back Mozambique against the insurgents in Cabo Delgado. Mozambican forces and the army retook Mocimboa da Praia in August.', 'Mozambique', 'Mozambican government', 'Rwanda supports Mozambique'],
  ])('%s', (text, label, alias, fact) => {
    const doc = extractArticle({ id: 't.txt', text, date: '2021-08-08' });
    const state = doc.entities.filter((e) => e.label === label || e.aliases.includes(alias));
    expect(state).toHaveLength(1);
    expect(state[0].label).toBe(label);
    expect(state[0].aliases).toContain(alias);
    expect(factLines(text).map((l) => l.replace(/ \[.*$/, ''))).toContain(fact);
  });

  it('keeps Nigeria and Niger apart in the graph (their names share a skeleton)', () => {
    const doc = extractArticle({ id: 't.txt', text: 'Nigerian troops retook Gwoza on Friday, with soldiers from Niger. Nigeria\'s government said Niger had sent 500 troops to back it.', date: '2015-03-27' });
    const corpus = createCorpusGraph();
    corpus.add([doc]);
    const names = corpus.graph.mapNodes((_k, a) => [a.label as string, ...((a.aliases as string[]) ?? [])]);
    expect(names.filter((n) => n.includes('Niger'))).toHaveLength(1);
    expect(names.filter((n) => n.some((x) => /Nigeria/.test(x)) && n.includes('Niger'))).toHaveLength(0);
  });
});

// guidelines: the warring parties that sign or accept a ceasefire support it
describe('"the two sides", "both parties" are the two warring parties at once', () => {
  it.each([
    ['The war in Sudan goes on. The army and the RSF met in Jeddah. The two sides signed a ceasefire on Saturday.', ['Sudanese Armed Forces supports P', 'Rapid Support Forces supports P']],
    ['In Libya, the GNA and Haftar\'s forces clashed near Sirte. The truce was accepted by both sides.', ['Government of National Accord supports P', 'Khalifa Haftar supports P']],
    ['The war in Yemen goes on. The Houthis and the government agreed to a truce. Both parties welcomed the deal.', ['Houthis supports P', 'Yemen supports P']],
    // named only after: the lede's "two rival factions" are the parties the talks were held between
    ['In Libya, the two rival factions signed a permanent ceasefire agreement in Geneva. The talks were held between the GNA and the LNA.', ['Government of National Accord supports P', 'Khalifa Haftar supports P']],
    ['In Colombia, the warring factions agreed to a truce in Havana. The talks between the government and the ELN had lasted weeks.', ['National Liberation Army supports P']],
  ])('%s', (text, expected) => {
    expect(factLines(text)).toEqual(expect.arrayContaining(expected));
  });

  it('is no party after a call or a preposition', () => {
    expect(factLines('In Libya, Haftar and the GNA fought on. Last week, the UN and the EU called for both sides to lay down their arms.')).toEqual(['European Union proposes P', 'United Nations proposes P']);
  });

  it('means nobody when the article has not named two sides', () => {
    expect(factLines('The war in Sudan goes on. The two sides signed a ceasefire on Saturday.')).toEqual([]);
  });
});
