// ForceAtlas2's own web worker code, loaded from a same-origin file instead of the blob:
// URL its supervisor builds, so the page works under a `worker-src 'self'` CSP (helmet).
// @ts-expect-error: the package ships no types for its worker body
import workerBody from 'graphology-layout-forceatlas2/webworker.js';

workerBody.call(self);
