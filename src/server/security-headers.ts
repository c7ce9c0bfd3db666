// helmet with a strict Content-Security-Policy for the viewer: everything from this
// origin only, no inline script or style, no plugins, no framing. The viewer needs
// nothing more (its layout workers are same-origin files, see web/src/same-origin-worker.ts).
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'], // data:, is the empty favicon; blob: the PNG download
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  // not helmet's upgrade-insecure-requests: a team server on plain http inside a LAN would
  // have every script request rewritten to https and the viewer would load nothing
  'upgrade-insecure-requests': null,
};

/** @example app.use(securityHeaders()) */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}
