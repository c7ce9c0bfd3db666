// A fingerprint of everything that turns articles into a graph: the extractor, lexicon,
// resolver and graph code and data/lexicon. Part of the corpus digest, so a snapshot
// built by an older version of the code is stale after an upgrade. Computed once a process.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOTS = ['../extract', '../lexicon', '../resolve', '../graph', '../text', '../../data/lexicon'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
let cached: string | undefined;

function files(dir: string): string[] {
  const entries = (() => { try { return readdirSync(dir, { withFileTypes: true }); } catch { return []; } })();
  return entries.flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|json)$/.test(e.name) ? [join(dir, e.name)] : [])).sort();
}

/** @example codeDigest() // → 'a3f0…' (64 hex), the same until a source or lexicon file changes */
export function codeDigest(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const root of ROOTS) for (const file of files(root)) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return (cached = hash.digest('hex'));
}
