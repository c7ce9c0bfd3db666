// Runs the CLI in-process and captures what it prints; a data folder holding the
// fixture graph as its snapshot (and no articles) lets commands run without the extractor.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { writeSnapshot } from '../../src/store/snapshot.ts';
import { fixtureGraph } from '../fixtures/_fixture-graph.ts';

export async function runCli(...args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  process.exitCode = 0;
  try {
    await main(['node', 'conflict-kg', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { stdout, stderr, exitCode };
}

export async function fixtureDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-cli-'));
  await writeSnapshot(join(dir, 'graph.json'), JSON.stringify(fixtureGraph().export()));
  return dir;
}
