// Every relation rule, in the order they are tried. A new rule is a row in one of the
// files below (with a test row in tests/extract/relations.test.ts).
import type { RelationRule } from './rule-types.ts';
import { SUPPORTS_RULES } from './supports-rules.ts';
import { REJECTS_RULES } from './rejects-rules.ts';
import { PROPOSES_RULES } from './proposes-rules.ts';
import { CONTROLS_RULES } from './controls-rules.ts';

export const ALL_RULES: RelationRule[] = [...SUPPORTS_RULES, ...REJECTS_RULES, ...PROPOSES_RULES, ...CONTROLS_RULES];
