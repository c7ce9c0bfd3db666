import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/extract-article.ts';
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

  it('makes no fact between the army and its government', () => {
    expect(factLines('The war in Burkina Faso goes on. The VDP, civilian auxiliaries armed by the government, fight alongside the army.')).not.toContain('Government of Burkina Faso supports Armed Forces of Burkina Faso');
  });
});
