import { describe, expect, it } from 'vitest';
import { clusterNames } from '../../../src/extract/coref/cluster-names.ts';
import type { Mention } from '../../../src/extract/pipeline-types.ts';

let id = 0;
const name = (text: string, type: Mention['type'], kind: string): Mention => ({ id: id++, start: 0, end: 0, text, sentence: 0, source: 'name', type, kind });

describe('clusterNames', () => {
  it('joins a surname to the full name of a person', () => {
    const full = name('Mohamad Gnounou', 'actor', 'person');
    const short = name('Gnounou', 'actor', 'untyped');
    const keys = clusterNames([full, short]);
    expect(keys.get(short.id)).toBe(keys.get(full.id));
  });

  it('never shortens a place ("Nyala" is not "Blue Nile", "Hama" not "Hmeimim")', () => {
    const nile = name('Blue Nile', 'city', 'region');
    const nyala = name('Nyala', 'city', 'city');
    const untyped = name('Nyala', 'actor', 'untyped');
    const keys = clusterNames([nile, nyala, untyped]);
    expect(keys.get(nyala.id)).not.toBe(keys.get(nile.id));
    expect(keys.get(untyped.id)).not.toBe(keys.get(nile.id));
  });
});
