// The list of CLI commands, in the order `--help` shows them. A new command is a file in
// this folder exporting `register<Name>(program)` and one line here.
import type { Command } from 'commander';
import { registerBuild } from './build.ts';
// EVAL-PENDING import { registerEval } from './eval.ts';

export const commands: Array<(program: Command) => void> = [
  registerBuild,
  // EVAL-PENDING registerEval,
];
