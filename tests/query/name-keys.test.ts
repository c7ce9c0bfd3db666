import { describe, expect, it } from 'vitest';
import { nameKeys } from '../../src/query/name-keys.ts';

describe('nameKeys', () => {
  it.each([
    ["Gen. Khalifa Haftar's", 'khalifa haftar', ['klf', 'hftr']],
    ['Hafter', 'hafter', ['hftr']],
    ['Heftar', 'heftar', ['hftr']],
    ['Sirt', 'sirt', ['srt']],
    ['Sirte', 'sirte', ['srt']],
    ['Tarhunah', 'tarhunah', ['trhn']],
    ['Al-Jafra', 'al jafra', ['jfr']],
    ['The Cairo Declaration', 'cairo declaration', ['cr', 'dclrtn']],
    ['Zürich', 'zurich', ['zrch']],
  ])('%s → %s %j', (name, norm, skeletons) => {
    const keys = nameKeys(name);
    expect(keys.norm).toBe(norm);
    expect(keys.skeletons).toEqual(skeletons);
  });
});
