// Cross-origin access only for the origins a deployment lists (`--cors-origins`,
// KG_CORS_ORIGINS); with no list there is no CORS header at all, so browsers keep other
// sites' pages from reading the API. A listed origin gets its own origin echoed back.
import type { RequestHandler } from 'express';
import { InvalidInputError } from '../errors.ts';

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/i;

/**
 * @example app.use(corsAllowlist(['https://newsroom.example.org']))
 */
export function corsAllowlist(origins: readonly string[]): RequestHandler {
  const bad = origins.find((o) => !ORIGIN.test(o));
  if (bad !== undefined) throw new InvalidInputError(`server.corsAllowlist: "${bad}" is not an origin; write scheme://host[:port], e.g. https://newsroom.example.org.`);
  const allowed = new Set(origins.map((o) => o.toLowerCase()));
  return (req, res, next) => {
    const origin = req.get('origin');
    if (!allowed.size) return next();
    res.vary('Origin');
    if (!origin || !allowed.has(origin.toLowerCase())) return next();
    res.set('Access-Control-Allow-Origin', origin);
    if (req.method !== 'OPTIONS' || !req.get('access-control-request-method')) return next();
    res.set({
      'Access-Control-Allow-Methods': 'GET, HEAD, POST',
      'Access-Control-Allow-Headers': 'Content-Type, Authorization',
      'Access-Control-Max-Age': '600',
    });
    res.status(204).end();
  };
}
