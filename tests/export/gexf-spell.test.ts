// GEXF dynamics never hide or invent: a stated date is the spell's bound; a change the
// text does not date is bounded by the earliest dated article, or left open; both marked.
import { describe, expect, it } from 'vitest';
import { gexfEdge } from '../../src/export/gexf-edge.ts';
import { gexfSpell, spellOf } from '../../src/export/gexf-spell.ts';
import type { EdgeAttributes, Evidence } from '../../src/types.ts';

const ev = (date?: string): Evidence => ({ article: 'a.txt', sentence: 0, start: 0, end: 1, quote: 'q', rule: 'r', ...(date ? { date } : {}) });
const controls = (validity: Partial<EdgeAttributes>, evidence: Evidence[]): EdgeAttributes =>
  ({ relation: 'controls', evidence, sources: 1, confidence: 1, ...validity }) as EdgeAttributes;

describe('spellOf', () => {
  it.each([
    ['a stated start', { since: '2020-06-05' }, [ev('2020-06-06')], { start: '2020-06-05', sinceUnknown: false, untilUnknown: false }],
    ['a stated month as end', { until: '2020-06' }, [], { end: '2020-06-30', sinceUnknown: false, untilUnknown: false }],
    ['an undated start, dated articles', { since: 'unknown' }, [ev('2020-06-09'), ev('2020-06-06')], { start: '2020-06-06', sinceUnknown: true, untilUnknown: false }],
    ['an undated end, dated articles', { until: 'unknown' }, [ev('2020-06-09')], { end: '2020-06-09', sinceUnknown: false, untilUnknown: true }],
    ['an undated start, no dated article', { since: 'unknown' }, [ev()], { sinceUnknown: true, untilUnknown: false }],
    ['an undated end, no dated article', { until: 'unknown' }, [ev()], { sinceUnknown: false, untilUnknown: true }],
    ['no change', {}, [ev('2020-06-06')], { sinceUnknown: false, untilUnknown: false }],
  ])('%s', (_, validity, evidence, expected) => {
    expect(spellOf(controls(validity, evidence))).toEqual(expected);
  });

  it('writes no sentinel year and marks the undated side as an edge attribute', () => {
    const undated = controls({ since: 'unknown', until: 'unknown' }, [ev()]);
    expect(gexfSpell(undated)).toBe('');
    expect(gexfEdge(undated).attributes).toMatchObject({ since_unknown: true, until_unknown: true });
    expect(gexfEdge(controls({ since: '2020-06' }, [])).attributes).not.toHaveProperty('since_unknown');
  });
});
