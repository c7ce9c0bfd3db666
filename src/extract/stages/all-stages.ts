// The extractor's stages, in order. Each declares what it requires and assigns;
// checkPipeline verifies the order when the extractor is first used.
import type { Stage } from '../pipeline-types.ts';
import { clean } from './01-clean.ts';
import { sentences } from './02-sentences.ts';
import { mentions } from './03-mentions.ts';
import { coreference } from './04-coreference.ts';
import { structure } from './05-structure.ts';
import { relations } from './06-relations.ts';
import { proposals } from './07-proposals.ts';
import { time } from './08-time.ts';
import { facts } from './09-facts.ts';

export const STAGES: Stage[] = [clean, sentences, mentions, coreference, structure, relations, proposals, time, facts];
