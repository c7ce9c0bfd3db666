// disputes and sources from the command line, over a data folder holding the five-article
// dispute corpus (built on first use, like `serve`).
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISPUTES_DIR, DISPUTE_OUTLETS } from '../fixtures/_disputes-graph.ts';
import { runCli } from './_run-cli.ts';

const data = await mkdtemp(join(tmpdir(), 'conflict-kg-disputes-'));
await cp(DISPUTES_DIR, join(data, 'articles'), { recursive: true });

describe('conflict-kg disputes', () => {
  it('prints each dispute with both sides\' quotes and outlets', async () => {
    const { stdout, exitCode } = await runCli('disputes', '--data', data);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^3 dispute\(s\): 1 control, 1 stance, 1 denied/);
    expect(stdout).toMatch(/\[control\] Sirte: held by Government of National Accord \(Al Wasat\) or by Khalifa Haftar \(libyaobserver\.ly\)/);
    expect(stdout).toMatch(/\[stance\] Khalifa Haftar on .*: rejects \(2020-08-22\) → supports \(2020-08-27\)/);
    expect(stdout).toMatch(/"Khalifa Haftar rejected the ceasefire on Saturday.*" \(aljazeera\.com, 2020-08-22/);
    expect(stdout).toMatch(/\[denied\] Qatar supports Government of National Accord: claimed by Ahmed al-Mesmari, denied by Qatar/);
  });

  it('--kinds and --json', async () => {
    const { stdout } = await runCli('disputes', '--kinds', 'stance', '--json', '--data', data);
    const result = JSON.parse(stdout);
    expect(result.disputes.map((d: { kind: string }) => d.kind)).toEqual(['stance']);
  });

  it('fails with one line and exit code 1 for an unknown kind', async () => {
    const { stderr, exitCode } = await runCli('disputes', '--kinds', 'rumour', '--data', data);
    expect(exitCode).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('[KG_INVALID_INPUT]');
  });
});

describe('conflict-kg sources', () => {
  it('lists the five outlets', async () => {
    const { stdout } = await runCli('sources', '--json', '--data', data);
    expect(JSON.parse(stdout).outlets.map((o: { outlet: string }) => o.outlet).sort()).toEqual(DISPUTE_OUTLETS);
  });
});
