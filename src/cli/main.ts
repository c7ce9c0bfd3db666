// The conflict-kg command line: commander wires the commands; each command file
// parses its options, calls the library and formats the result. This file is the one
// error boundary of the process: a typed error becomes one line and exit code 1.
import { Command, CommanderError } from 'commander';
import { isKgError } from '../errors.ts';
import { commands } from './commands/all-commands.ts';

/** Runs the CLI with `argv` (as process.argv). Never calls process.exit. */
export async function main(argv: string[]): Promise<void> {
  const program = new Command('conflict-kg')
    .description('Build and query a knowledge graph of conflict news')
    .exitOverride()
    .showHelpAfterError();
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    if (isKgError(error)) {
      process.stderr.write(`conflict-kg: ${error.message} [${error.code}]\n`);
    } else {
      process.stderr.write(`conflict-kg: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    process.exitCode = 1;
  }
}
