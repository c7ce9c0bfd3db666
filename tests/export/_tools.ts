// External checkers for export tests (xmllint, python3 + networkx). In CI (CI=true) a
// missing tool fails the suite; elsewhere the test is skipped with one line naming the
// Debian package to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const available = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

export function requireTool(name: string, debianPackage: string, cmd: string, args: string[]): boolean {
  if (available(cmd, args)) return true;
  if (process.env.CI === 'true') throw new Error(`${name} is required in CI: apt-get install ${debianPackage}`);
  console.warn(`skipping ${name} checks: install the Debian package ${debianPackage}`);
  return false;
}

export const hasXmllint = () => requireTool('xmllint', 'libxml2-utils', 'xmllint', ['--version']);
export const hasNetworkx = () => requireTool('networkx', 'python3-networkx', 'python3', ['-c', 'import networkx']);

export interface NetworkxView {
  nodes: number;
  edges: number;
  node: Record<string, { type: string; label: string; aliases: string }>;
  edge: Array<{ source: string; target: string; relation: string; start: string | null; end: string | null }>;
}

export function readWithNetworkx(format: 'gexf' | 'graphml', path: string): NetworkxView {
  return JSON.parse(execFileSync('python3', [new URL('./_read_with_networkx.py', import.meta.url).pathname, format, path], { encoding: 'utf8' }));
}

/** The GEXF 1.3 RELAX NG schema the repository carries (tests/fixtures/schemas/README.md). */
export const GEXF_SCHEMA = fileURLToPath(new URL('../fixtures/schemas/gexf-1.3/gexf.rng', import.meta.url));

/** xmllint against the GEXF 1.3 RELAX NG schema; returns its stderr ('' when valid). */
export function xmllintGexf(path: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_SCHEMA, path], { encoding: 'utf8' });
  return { ok: r.status === 0, output: r.stderr };
}
