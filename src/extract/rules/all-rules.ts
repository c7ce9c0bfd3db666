// Every relation rule, in the order they are tried. The linker (extract/frames/) reads
// relations from the predicates of data/lexicon/predicates.json in every frame; these
// rules are the few high-precision surface patterns it does not cover yet (a rule whose
// shapes the linker reads was retired when it no longer added a fact on the dev and
// invented other-war sets). A new rule is a row here, with test rows in tests/extract/.
import type { RelationRule } from './rule-types.ts';
import { SUPPORTS_RULES } from './supports-rules.ts';
import { PROPOSES_RULES } from './proposes-rules.ts';
import { CONTROLS_RULES } from './controls-rules.ts';

export const ALL_RULES: RelationRule[] = [...SUPPORTS_RULES, ...PROPOSES_RULES, ...CONTROLS_RULES];
