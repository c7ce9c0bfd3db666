// The graphology layout supervisors (FA2, noverlap) spawn their worker from a blob: URL,
// which a strict Content-Security-Policy (helmet's default, `worker-src` ⇒ 'self')
// refuses. These subclasses keep the supervisors and only swap how the worker is made.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import NoverlapLayout from 'graphology-layout-noverlap/worker';

/** The supervisor internals spawnWorker touches (same in both packages, v0.10 / v0.4). */
interface SupervisorInternals {
  worker: Worker | null;
  running: boolean;
  handleMessage: (event: MessageEvent) => void;
  start(): unknown;
}

function spawn(this: SupervisorInternals, make: () => Worker): void {
  this.worker?.terminate();
  this.worker = make();
  this.worker.addEventListener('message', this.handleMessage);
  if (this.running) {
    this.running = false;
    this.start();
  }
}

/** @example new FA2Supervisor(graph, { settings }).start() */
export class FA2Supervisor extends FA2Layout {
  spawnWorker(): void {
    spawn.call(this as unknown as SupervisorInternals, () => new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' }));
  }
}

/** @example new NoverlapSupervisor(graph, { onConverged }).start() */
export class NoverlapSupervisor extends NoverlapLayout {
  spawnWorker(): void {
    spawn.call(this as unknown as SupervisorInternals, () => new Worker(new URL('./noverlap.worker.ts', import.meta.url), { type: 'module' }));
  }
}
