// Every relation rule, in the order they are tried. The linker (extract/frames/) reads
// relations from the predicates of data/lexicon/predicates.json in every frame; these
// rules are high-precision surface patterns kept beside it: on articles no rule was
// written from (the sealed check) they still add facts the linker misses. A new rule is a
// row here, with test rows in tests/extract/.
import type { RelationRule } from './rule-types.ts';
import { SUPPORTS_RULES } from './supports-rules.ts';
import { REJECTS_RULES } from './rejects-rules.ts';
import { PROPOSES_RULES } from './proposes-rules.ts';
import { CONTROLS_RULES } from './controls-rules.ts';

export const ALL_RULES: RelationRule[] = [...SUPPORTS_RULES, ...REJECTS_RULES, ...PROPOSES_RULES, ...CONTROLS_RULES];
