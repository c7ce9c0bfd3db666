// Runs the extractor's stages in order. At assembly time it checks that every field a
// stage requires is assigned by an earlier stage (spaCy's analyze_pipes, in small).
import { PipelineError } from '../errors.ts';
import type { PipelineState, Stage } from './pipeline-types.ts';

const GIVEN: Array<keyof PipelineState> = ['doc', 'lexicon'];

/** Throws PipelineError naming the stage and the field when the order is wrong. */
export function checkPipeline(stages: Stage[]): void {
  const assigned = new Set<keyof PipelineState>(GIVEN);
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!assigned.has(need)) {
        throw new PipelineError(`extract: stage "${stage.name}" requires "${String(need)}", which no earlier stage assigns.`);
      }
    }
    for (const field of stage.assigns) assigned.add(field);
  }
}

/** @example runPipeline(STAGES, { doc, lexicon }).facts */
export function runPipeline(stages: Stage[], state: PipelineState): PipelineState {
  return stages.reduce((current, stage) => stage.run(current), state);
}
