// The one name-key algorithm: normalised form, tokens and skeletons that extraction,
// resolution and search all compare (Haftar is "ftr" everywhere).
import { describe, expect, it } from 'vitest';
import { acronymOf, strongKeys, weakKeys } from '../../src/resolve/match-keys.ts';
import { isInformativeSkeleton, nameKeys, skeletonKey } from '../../src/text/name-keys.ts';
import { normalizeName } from '../../src/text/normalize-name.ts';

describe('nameKeys', () => {
  it.each([
    ["Gen. Khalifa Haftar's", 'khalifa haftar', ['klf', 'ftr']],
    ['Hafter', 'hafter', ['ftr']],
    ['Heftar', 'heftar', ['ftr']],
    ['Sirt', 'sirt', ['srt']],
    ['Sirte', 'sirte', ['srt']],
    ['Tarhunah', 'tarhunah', ['trn']],
    ['Tarhouna', 'tarhouna', ['trn']],
    ['Al-Jafra', 'al jafra', ['jfr']],
    ['Jufra', 'jufra', ['jfr']],
    ['Mohammed Kanunu', 'mohammed kanunu', ['mmd', 'knn']],
    ['Mohamad Gnounou', 'mohamad gnounou', ['mmd', 'knn']],
    ['Ahmed Salem', 'ahmed salem', ['md', 'slm']], // not Mohamed: doubles merge before vowels go
    ['Fayez al-Serraj', 'fayez al serraj', ['fs', 'srj']],
    ['The Cairo Declaration', 'cairo declaration', ['kr', 'dklrtn']],
    ['Government of National Accord', 'government of national accord', ['kvrnmnt', 'ntnl', 'krd']],
    ['Zürich', 'zurich', ['srk']],
    ['Foreign Minister Mevlut Cavusoglu', 'mevlut cavusoglu', ['mvlt', 'kvskl']],
  ])('%s → %s %j', (name, norm, skeletons) => {
    const keys = nameKeys(name);
    expect(keys.norm).toBe(norm);
    expect(keys.skeletons).toEqual(skeletons);
    expect(keys.skeleton).toBe(skeletons.join(' '));
    expect(skeletonKey(name)).toBe(keys.skeleton);
  });

  it('drops particles from tokens: "al", "of" and kin do not identify a name', () => {
    expect(nameKeys('Fayez al-Sarraj').tokens).toEqual(['fayez', 'sarraj']);
    expect(nameKeys('House of Representatives').tokens).toEqual(['house', 'representatives']);
  });

  it('keeps a title that is not followed by a name', () => {
    expect(normalizeName('Minister of Interior')).toBe('minister of interior');
    expect(normalizeName('President Abdel Fattah al-Sisi')).toBe('abdel fattah al sisi');
    expect(normalizeName('President')).toBe('president');
  });

  it.each([['ftr', true], ['kn', false], ['s', false], ['md kn', true], ['', false]])('skeleton %j informative: %s', (skeleton, informative) => {
    expect(isInformativeSkeleton(skeleton)).toBe(informative);
  });
});

describe('match keys', () => {
  it('resolution keys are built from the same skeleton search uses', () => {
    expect(strongKeys('Hafter', 'actor')).toEqual(['party|n:hafter', 'party|s:ftr']);
    expect(strongKeys('Heftar', 'backer')).toContain('party|s:ftr');
    expect(strongKeys('zzzzzz', 'actor')).toEqual(['party|n:zzzzzz']); // "s": too thin to match on
    expect(weakKeys('Mohamad Gnounou', 'actor', 'person')).toEqual(['party|last:knn']);
  });

  it.each([
    ['Government of National Accord', 'gna'],
    ['Rapid Support Forces', 'rsf'],
    ['Haftar', undefined],
    ['the army of Libya', undefined],
  ])('acronymOf(%j) → %j', (name, acronym) => {
    expect(acronymOf(name)).toBe(acronym);
  });
});
