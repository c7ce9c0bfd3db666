// A GEXF file written by the streaming writer without ever holding the document:
// temp file beside the target, stream, fsync, rename, so a crash leaves the old file or
// the new one, never half of one (as store/write-atomic.ts does for whole strings).
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { KgError } from '../errors.ts';
import type { KnowledgeGraph } from '../types.ts';
import { writeGexfStream } from './write-gexf-stream.ts';

/** @example const { bytes } = await writeGexfFile(graph, 'graph.gexf') */
export async function writeGexfFile(graph: KnowledgeGraph, path: string): Promise<{ bytes: number }> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // flush: fsync before close, so the rename publishes a complete file
  const stream = createWriteStream(tmp, { flush: true });
  stream.on('error', () => {}); // seen through stream.errored and finished(), not as a crash
  try {
    const written = await writeGexfStream(graph, stream);
    stream.end();
    await finished(stream);
    await rename(tmp, path);
    return written;
  } catch (error) {
    stream.destroy();
    await unlink(tmp).catch(() => {});
    if (error instanceof KgError) throw error;
    throw new KgError('KG_IO', `export.gexf: cannot write "${path}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
}
