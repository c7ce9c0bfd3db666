// Fingerprints of the code that turns articles into a graph, computed once a process:
// the extractor's (extract, lexicon, text code and data/lexicon: what a cached extraction
// depends on) and the whole pipeline's (that plus resolve and graph: what a snapshot
// depends on). A snapshot or extraction log written by another version is stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const EXTRACTOR = ['../extract', '../lexicon', '../text', '../../data/lexicon'].map(root);
const PIPELINE = [...EXTRACTOR, ...['../resolve', '../graph'].map(root)];
const cached = new Map<readonly string[], string>();

function files(dir: string): string[] {
  const entries = (() => { try { return readdirSync(dir, { withFileTypes: true }); } catch { return []; } })();
  return entries.flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|json)$/.test(e.name) ? [join(dir, e.name)] : [])).sort();
}

function digestOf(roots: readonly string[]): string {
  const hit = cached.get(roots);
  if (hit) return hit;
  const hash = createHash('sha256');
  for (const dir of roots) for (const file of files(dir)) hash.update(file.slice(dir.length)).update('\0').update(readFileSync(file)).update('\0');
  const digest = hash.digest('hex');
  cached.set(roots, digest);
  return digest;
}

/** @example codeDigest() // → 'a3f0…' (64 hex), the same until a source or lexicon file changes */
export function codeDigest(): string {
  return digestOf(PIPELINE);
}

/** The digest of what an extraction depends on (not resolution or the graph). */
export function extractorDigest(): string {
  return digestOf(EXTRACTOR);
}
