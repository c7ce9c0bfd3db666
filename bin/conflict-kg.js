#!/usr/bin/env node
// Entry point of the `conflict-kg` binary: registers tsx so the TypeScript sources run
// as they are (no stale build), then hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
