import { describe, expect, it } from 'vitest';
import { factLines } from '../_facts.ts';

// "X said it would …": the pronoun subject of a complement of speech is the speaking party,
// even when a proposal was just discussed
describe('it after a speech verb is the speaking party', () => {
  it.each([
    ['The Houthis welcomed the truce on Friday. Germany said it sent tanks and air defence systems to Ukraine.', 'Germany supports Ukraine'],
    ['The ceasefire was announced on Monday. The Saudi-led coalition said on Tuesday it welcomed the ceasefire.', 'Saudi-led coalition supports P'],
    ['Talks on a truce resumed in Doha. Turkey announced that it would arm the Syrian National Army.', 'Turkey supports Syrian National Army'],
  ])('%s', (text, expected) => {
    expect(factLines(text)).toContain(expected);
  });

  it('leaves a person speaker to "he": "Haftar said it" does not make Haftar the subject', () => {
    expect(factLines('The truce was proposed by Russia. Khalifa Haftar said it was a trap, and the GNA rejected it.')).not.toContain('Khalifa Haftar supports P');
  });
});

describe('it as the object of a verb of control is a place', () => {
  it.each([
    ['In Georgia, Russian troops entered Gori on Wednesday after Georgian forces abandoned it.', 'Georgia controls Gori [until 2020-06-03]'],
    ['In Sudan, the RSF seized Nyala in October, and the army has tried to retake it since.', 'Rapid Support Forces controls Nyala [since 2019-10]'],
  ])('%s', (text, expected) => {
    expect(factLines(text)).toContain(expected);
  });

  it('does not read a proposal into it there', () => {
    expect(factLines('Russia and Georgia agreed a ceasefire. In Georgia, Russian troops entered Gori after Georgian forces abandoned it.')).not.toContain('Georgia rejects P');
  });
});

describe('the town is a town', () => {
  it('takes the last town, not the province named after it', () => {
    expect(factLines('In Burkina Faso, Djibo, the capital of Soum province, has been blockaded by JNIM since 2022; the town is still held by the army.')).toContain('Armed Forces of Burkina Faso controls Djibo');
  });
});

describe('"they" opening a sentence continues the last sentence\'s subject', () => {
  it.each([
    // not the town the last sentence took, which nothing has typed yet
    ['The war in Myanmar goes on. The Arakan Army seized Paletwa. In February they entered Kyauktaw without a fight.', 'Arakan Army controls Kyauktaw [since 2020-02]'],
    // the subject after a fronted participial phrase, not the backers inside it
    ['In Yemen, the Houthis launched an offensive. Backed by Iranian advisers and the Hezbollah contingent, the Houthis seized Saada. Later they took Amran.', 'Houthis controls Amran [since 2020-06-06]'],
  ])('%s', (text, expected) => {
    expect(factLines(text)).toContain(expected);
  });
});
