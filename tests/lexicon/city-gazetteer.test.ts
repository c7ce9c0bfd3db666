import { describe, expect, it } from 'vitest';
import { cityGazetteer } from '../../src/lexicon/city-gazetteer.ts';

describe('cityGazetteer', () => {
  it('finds a town of 50,000 or more by its exact name anywhere', () => {
    expect(cityGazetteer().lookup('Homs')?.country).toBe('SY');
    expect(cityGazetteer().lookup('Nyala')?.country).toBe('SD');
  });

  it('finds a town written without the final h of its transliteration', () => {
    expect(cityGazetteer().lookup('Hama')?.name).toBe('Ḩamāh');
    expect(cityGazetteer().lookup('Hamah')?.name).toBe('Ḩamāh');
  });

  it('matches by skeleton only inside the country asked about', () => {
    expect(cityGazetteer().lookup('Sirt', 'LY')?.name).toBe('Sirte');
    expect(cityGazetteer().lookup('Tarhunah', 'LY')?.name).toMatch(/^Tarhun/);
    expect(cityGazetteer().lookup('Zorbakistan')).toBeUndefined();
  });
});
