// noverlap's own web worker code from a same-origin file (see fa2.worker.ts for why).
// @ts-expect-error: the package ships no types for its worker body
import workerBody from 'graphology-layout-noverlap/webworker.js';

workerBody.call(self);
