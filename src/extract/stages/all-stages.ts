// The extractor's stages, in order. Each declares what it requires and assigns;
// checkPipeline verifies the order when the extractor is first used.
import type { Stage } from '../pipeline-types.ts';
import { clean } from './01-clean.ts';
import { sentences } from './02-sentences.ts';
import { mentions } from './03-mentions.ts';
import { coreference } from './04-coreference.ts';
import { relations } from './05-relations.ts';
import { proposals } from './06-proposals.ts';
import { time } from './07-time.ts';
import { facts } from './08-facts.ts';

export const STAGES: Stage[] = [clean, sentences, mentions, coreference, relations, proposals, time, facts];
