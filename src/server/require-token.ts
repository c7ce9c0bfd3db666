// The optional API token (KG_API_TOKEN): when set, requests that change data must carry
// `Authorization: Bearer <token>`; otherwise 401 KG_UNAUTHORIZED. Compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { UnauthorizedError } from '../errors.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** @example api.use('/articles', requireToken(process.env.KG_API_TOKEN)) */
export function requireToken(token: string | undefined): RequestHandler {
  if (!token) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const given = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return next();
    res.set('WWW-Authenticate', 'Bearer realm="conflict-kg"');
    next(new UnauthorizedError(`${req.method} ${req.originalUrl.split('?')[0]}: ${given === undefined ? 'an API token is required' : 'the API token is wrong'}. Send "Authorization: Bearer <KG_API_TOKEN>".`));
  };
}
