// `conflict-kg serve` in its own process for the load benchmarks: spawned on a data folder
// and an ephemeral loopback port; `port` resolves once it listens, `ready` once /api/health
// says the graph is served (the snapshot, or the graph it built). Its stderr lines are
// passed on; stdout (pino request logs) is kept on, as in production, but not shown.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServeProcess {
  child: ChildProcess;
  port: Promise<number>;
  /** Resolves with the health answer and the milliseconds from spawn to the first answered read. */
  ready: Promise<{ health: Record<string, any>; firstReadMs: number }>;
}

/** @example const server = startServe(dir, { KG_API_TOKEN: token }, log); const port = await server.port; */
export function startServe(dataDir: string, env: NodeJS.ProcessEnv, log: (line: string) => void): ServeProcess {
  const bin = new URL('../bin/conflict-kg.js', import.meta.url).pathname;
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--data', dataDir, '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, KG_CORS_ORIGINS: '', ...env }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not listen within 60 s')), 60_000);
    createInterface({ input: child.stderr! }).on('line', (line) => {
      const m = /serving .* on http:\/\/[^:]+:(\d+)/.exec(line);
      if (m) [clearTimeout(timer), resolve(Number(m[1]))];
      log(`server: ${line}`);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with code ${code} before listening`)));
  });
  const ready = port.then(async (p) => {
    for (let polls = 0; ; polls++) {
      const res = await fetch(`http://127.0.0.1:${p}/api/backers?of=Haftar`).catch(() => undefined);
      if (res && res.status !== 503) {
        const firstReadMs = performance.now() - started;
        return { health: (await (await fetch(`http://127.0.0.1:${p}/api/health`)).json()) as Record<string, any>, firstReadMs };
      }
      if (polls > 20 * 60 * 30) throw new Error('the server did not serve its graph within 30 min');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  return { child, port, ready };
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code. */
export async function stopServe(child: ChildProcess, graceMs = 30_000): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const code = await exited;
  clearTimeout(timer);
  return code;
}
