// Spawns `conflict-kg serve --port 0` on a data folder (loopback, no token) and waits for
// its "serving … on URL" line; `untilReady` polls /api/health until the graph is served.
import { spawn, type ChildProcess } from 'node:child_process';

const BIN = new URL('../../bin/conflict-kg.js', import.meta.url).pathname;
const children: ChildProcess[] = [];

export interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Starts serve without HOST/--host (the default bind is checked by callers). */
export async function startServe(data: string, env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, KG_WRITES_PER_MINUTE: '100000', ...env };
  delete childEnv.HOST;
  delete childEnv.KG_API_TOKEN;
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', data], { env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not listen: ${stderr}`)), 60_000);
    const check = () => {
      const m = /serving .* on (http:\/\/[^\s,]+)/.exec(stderr);
      if (m) [clearTimeout(timer), resolve(m[1])];
    };
    child.stderr!.on('data', check);
    void exited.then((code) => reject(new Error(`serve exited early (${code}): ${stderr}`)));
  });
  return { child, url, stderr: () => stderr, exited };
}

/** The health answer once the graph is served (status "ok"), polling every 50 ms. */
export async function untilReady(url: string, timeoutMs = 120_000): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await (await fetch(`${url}/api/health`)).json();
    if (health.status === 'ok') return health;
    if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs} ms: ${JSON.stringify(health)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Kills every server a test file started and left running. */
export const killAll = () => children.forEach((c) => c.exitCode === null && c.signalCode === null && c.kill('SIGKILL'));
