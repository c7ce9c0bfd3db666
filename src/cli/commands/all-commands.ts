// The list of CLI commands, in the order `--help` shows them. A new command is a file in
// this folder exporting `register<Name>(program)` and one line here.
import type { Command } from 'commander';
import { registerAsk } from './ask.ts';
import { registerBuild } from './build.ts';
import { registerDisputes } from './disputes.ts';
import { registerExport } from './export.ts';
import { registerIngest } from './ingest.ts';
import { registerPaths } from './paths.ts';
import { registerServe } from './serve.ts';
import { registerEval } from './eval.ts';

export const commands: Array<(program: Command) => void> = [
  registerBuild,
  registerServe,
  registerAsk,
  registerPaths,
  registerDisputes,
  registerExport,
  registerIngest,
  registerEval,
];
