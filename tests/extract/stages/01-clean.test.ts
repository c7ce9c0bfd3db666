import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/extract/stages/01-clean.ts';
import { defaultLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { factLines } from '../_facts.ts';

const cleaned = (text: string) => (clean.run({ doc: { id: 'x.txt', text }, lexicon: defaultLexicon() }) as { text: string }).text;

describe('clean: datelines', () => {
  it.each([
    ['MAPUTO - Rwandan and Mozambican troops have recaptured the town.', 'Rwandan and Mozambican troops have recaptured the town.'],
    ['KHARTOUM, Jan 24 (Reuters) — The army said it had retaken the bridge.', 'The army said it had retaken the bridge.'],
    ['ADDIS ABABA, Ethiopia — The government said.', 'The government said.'],
    ['January 12, 2025 (PORT SUDAN) – The Sudanese Armed Forces entered Wad Madani.', 'The Sudanese Armed Forces entered Wad Madani.'],
    ['Damascus (AFP) – Islamist-led rebels declared on Sunday that they had taken the city.', 'Islamist-led rebels declared on Sunday that they had taken the city.'],
  ])('blanks the dateline of %s, keeping offsets', (text, rest) => {
    const out = cleaned(text);
    expect(out).toHaveLength(text.length);
    expect(out.trim()).toBe(rest);
  });

  it('keeps an acronym before a dash, which is no town, and a bracket that names no agency', () => {
    expect(cleaned('GNA — backed by Turkey — took Sirte.')).toBe('GNA — backed by Turkey — took Sirte.');
    expect(cleaned('Turkey (officially) - backs the GNA.')).toBe('Turkey (officially) - backs the GNA.');
  });

  it('takes no fact from the dateline town', () => {
    expect(factLines('Mozambique insurgency\n\nMAPUTO - Rwandan and Mozambican troops have recaptured the port town of Mocímboa da Praia.').join(' ')).not.toMatch(/Maputo/);
  });
});
