import { describe, expect, it } from 'vitest';
import { edgeValidity } from '../../src/query/edge-validity.ts';
import type { Evidence } from '../../src/types.ts';

const ev = (date?: string): Evidence => ({ article: 'a.txt', sentence: 0, start: 0, end: 1, quote: 'q', rule: 'r', date });

describe('edgeValidity', () => {
  it.each([
    [{ since: '2020-06-05' }, [ev('2020-06-06')], { since: '2020-06-05' }],
    [{ until: '2020-06' }, [], { until: '2020-06' }],
    [{ until: 'unknown' }, [ev('2020-06-09'), ev('2020-06-06')], { until: '2020-06-06' }],
    [{ since: 'unknown' }, [ev()], { since: '9999' }],
    [{ until: 'unknown' }, [ev()], { until: '0000' }],
    [{}, [ev('2020-06-06')], {}],
  ])('%j with evidence dates → %j', (validity, evidence, expected) => {
    expect(edgeValidity({ ...validity, evidence })).toEqual(expected);
  });
});
