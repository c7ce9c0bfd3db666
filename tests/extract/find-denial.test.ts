// Disputed attributions are kept as claims with their denial, never as facts. Rows from
// several shapes (same sentence, next sentence, passive denial) and negative rows.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';

type Row = [text: string, claims: Array<[claimant: string | undefined, fact: string, denier: string | undefined]>, facts: string[]];

const facts = (text: string) => {
  const x = extractArticle({ id: 'a.txt', text, date: '2020-05-20', outlet: 'Al Wasat' });
  return {
    facts: x.facts.map((f) => `${f.subject.label} ${f.relation} ${f.object.label}`),
    claims: (x.claims ?? []).map((c) => [c.claimant?.label, `${c.fact.subject.label} ${c.fact.relation} ${c.fact.object.label}`, c.denial.by?.label]),
    raw: x,
  };
};

describe('denied claims', () => {
  it.each<Row>([
    // the acceptance shape: "X claimed that A was arming B, which A denied"
    ['Ahmed al-Mismari, the spokesman of Khalifa Haftar, claimed that Qatar was arming the Government of National Accord, which Doha denied.',
      [['Ahmed al-Mesmari', 'Qatar supports Government of National Accord', 'Qatar']], []],
    // the denial in the next sentence
    ["Haftar's spokesman Ahmed al-Mismari claimed that Turkey was arming the GNA. Ankara denied the claims on Tuesday.",
      [['Ahmed al-Mesmari', 'Turkey supports Government of National Accord', 'Turkey']], []],
    // a passive denial names the denier after "by"; an organisation claims
    // the denier is the acting capital's country ("denied by Ankara" = Turkey)
    ['The LNA claimed that Turkey was sending drones to support the GNA, a charge denied by Ankara.',
      [['Khalifa Haftar', 'Turkey supports Government of National Accord', 'Turkey']], []],
    // negative: a plain statement is a fact, not a claim
    ['Turkey and Qatar support the GNA.', [], ['Turkey supports Government of National Accord', 'Qatar supports Government of National Accord']],
    // negative: an attribution nobody disputes stays a fact
    ['Ankara accused the UAE and Egypt of backing Haftar.', [], ['United Arab Emirates supports Khalifa Haftar', 'Egypt supports Khalifa Haftar']],
    // negative: a denial of one's own act ("denied arming") is neither fact nor claim
    ['Qatar denied arming the Government of National Accord.', [], []],
  ])('%s', (text, claims, expectedFacts) => {
    const got = facts(text);
    expect(got.claims).toEqual(claims);
    expect(got.facts.sort()).toEqual([...expectedFacts].sort());
  });

  it('a claim carries both evidence records with the outlet, the denial pointing at its own sentence', () => {
    const { raw } = facts('Ahmed al-Mismari claimed that Qatar was arming the GNA. Doha denied the claims.');
    const [claim] = raw.claims!;
    expect(claim.fact.evidence).toMatchObject({ article: 'a.txt', sentence: 0, outlet: 'Al Wasat', date: '2020-05-20' });
    expect(claim.denial.evidence).toMatchObject({ sentence: 1, outlet: 'Al Wasat', rule: 'claim.denied', quote: 'Doha denied the claims.' });
  });
});
