// A progress bar on stderr for long builds (cli-progress). Shown only on a terminal and
// only once the work is large enough to need one.
import { SingleBar, Presets } from 'cli-progress';

const MIN_TOTAL = 50;

/** @example const bar = progressBar('extracting'); bar.update(3, 10); bar.stop(); */
export function progressBar(label: string): { update: (done: number, total: number) => void; stop: () => void } {
  let bar: SingleBar | undefined;
  const enabled = Boolean(process.stderr.isTTY);
  return {
    update(done, total) {
      if (!enabled || total < MIN_TOTAL) return;
      if (!bar) {
        bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} articles`, stream: process.stderr }, Presets.shades_classic);
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
