// Proposals inside one article: which mentions are one proposal, who proposed it, its
// date and its readable label.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';

const proposals = (text: string, date = '2020-08-23') =>
  extractArticle({ id: 'p.txt', text, date }).entities.filter((e) => e.type === 'proposal') as unknown as Array<{ label: string; date?: string; proposers: string[] }>;

describe('proposals', () => {
  it.each([
    // seeds: Sarraj's call, the government's call and the joint announcement are one
    ["Haftar's militias rejected the internationally recognized government's call for a cease-fire. Prime Minister Fayez Sarraj's cease-fire call was an attempt to throw dust in the eyes. On Friday, the Libyan government and Tobruk parliament announced an immediate cease-fire.", 1],
    // dev: a second side "also" calling for a ceasefire joins the same one
    ["Libya's UN-supported government has announced a ceasefire across the country. In a separate statement, Aguila Saleh from warlord Khalifa Haftar's side also called for a ceasefire.", 1],
    // two different proposers, no link: two proposals
    ['Haftar announced a unilateral truce for Ramadan. Last week, the UN and the EU called for a humanitarian truce.', 2],
    // a truce for a place abroad is another war's, even when a proposer is shared
    ['In Lebanon, the deal brokered by the United States and France took effect. Officials said the deal could give fresh impetus to efforts by Qatar, Egypt and the US to broker a truce in Gaza.', 2],
    ['In Libya, Russia and Turkey called for a ceasefire. Russia also pressed for a ceasefire in Syria.', 2],
    // a truce for a place of the theatre is the article's own
    ['Syria and Turkey agreed a ceasefire on Thursday. Russia welcomed the truce in Idlib.', 1],
  ])('%s → %i proposal(s)', (text, count) => {
    expect(proposals(text)).toHaveLength(count);
  });

  it('labels a proposal by its proposers and the date it was made ("on Friday" before the article date)', () => {
    const [p] = proposals('On Friday, the Libyan government and Tobruk parliament announced an immediate cease-fire.');
    expect(p.date).toBe('2020-08-21');
    expect(p.label).toBe('Ceasefire call by Government of National Accord and House of Representatives (2020-08-21)');
  });

  it('uses a press name when the article gives one', () => {
    const [p] = proposals('Turkey has rejected the Egyptian initiative proposed to establish a ceasefire, doubting the sincerity of the Cairo Declaration.', '2020-06-09');
    expect(p.label).toBe('Cairo Declaration (2020-06-09)');
    expect(p.proposers).toContain('Egypt');
  });

  it('names a proposal by the noun phrase it heads, keeping what tells it apart and dropping determiners', () => {
    const aliases = (text: string) => (extractArticle({ id: 'p.txt', text, date: '2023-06-10' }).entities.filter((e) => e.type === 'proposal') as unknown as Array<{ aliases: string[] }>).flatMap((p) => p.aliases);
    expect(aliases("The ELN rejected a New Year's ceasefire that Petro had announced, and the army went on fighting.")).toContain("New Year's ceasefire");
    expect(aliases('On Friday Colombia and the ELN signed a six-month bilateral ceasefire at talks in Havana.')).toContain('six-month bilateral ceasefire');
    expect(aliases('On Friday Colombia and the ELN signed a ceasefire at talks in Havana.')).not.toContain('a ceasefire');
  });

  it('makes nothing of a generic "any ceasefire proposal"', () => {
    expect(proposals('The GNA "welcomes any credible ceasefire proposal", he added.')).toHaveLength(0);
  });
});
