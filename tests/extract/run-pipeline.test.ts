// The pipeline runner refuses a stage order in which a stage needs what no earlier
// stage assigns, and the real stage list passes the check.
import { describe, expect, it } from 'vitest';
import { checkPipeline } from '../../src/extract/run-pipeline.ts';
import { STAGES } from '../../src/extract/stages/all-stages.ts';

describe('checkPipeline', () => {
  it('accepts the extractor stages in order', () => {
    expect(() => checkPipeline(STAGES)).not.toThrow();
    expect(STAGES.map((s) => s.name)).toEqual(['clean', 'sentences', 'mentions', 'coreference', 'structure', 'relations', 'proposals', 'time', 'facts']);
  });

  it('rejects a stage placed before what it requires', () => {
    const swapped = [STAGES[0], STAGES[2], STAGES[1], ...STAGES.slice(3)];
    expect(() => checkPipeline(swapped)).toThrow(expect.objectContaining({ code: 'KG_PIPELINE' }));
  });
});
