// The one error middleware: a typed KgError becomes `{error:{code,message}}` with the
// status of its code; body-parser failures are mapped to the same shape; anything else
// is logged and answered 500 without internals.
import type { ErrorRequestHandler } from 'express';
import { isKgError, KgError, LimitExceededError, InvalidInputError, type KgErrorCode } from '../errors.ts';

const STATUS: Partial<Record<KgErrorCode, number>> = {
  KG_NOT_FOUND: 404,
  KG_INVALID_INPUT: 400,
  KG_UNAUTHORIZED: 401,
  KG_AMBIGUOUS: 400,
  KG_LIMIT_EXCEEDED: 413,
  KG_UNSUPPORTED_MEDIA: 415,
  KG_UNPROCESSABLE: 422,
  KG_UNAVAILABLE: 503,
};

/** body-parser (express.json) errors carry a `type`; give them our codes. */
function fromBodyParser(error: { type?: string; limit?: number; message?: string }): KgError | undefined {
  switch (error.type) {
    case 'entity.too.large':
      return new LimitExceededError(`request body larger than ${error.limit ?? 'the limit of'} bytes. Articles must be under 1 MB.`);
    case 'entity.parse.failed':
      return new InvalidInputError('request body is not valid JSON.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new KgError('KG_UNSUPPORTED_MEDIA', `${error.message ?? 'unsupported encoding'}; send UTF-8 JSON.`);
    default:
      return undefined;
  }
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const known = isKgError(error) ? error : fromBodyParser(error ?? {});
  if (!known) {
    req.log?.error({ err: error }, 'unhandled error');
    res.status(500).json({ error: { code: 'KG_INTERNAL', message: 'internal error; see the server log.' } });
    return;
  }
  const status = STATUS[known.code] ?? 500;
  const details = known.details as Record<string, unknown> | undefined;
  if (status === 503) res.set('Retry-After', String(details?.retryAfter ?? 5));
  const extra = details && typeof details === 'object' ? pick(details, ['suggestions', 'candidates', 'examples']) : {};
  res.status(status).json({ error: { code: known.code, message: known.message, ...extra } });
};

function pick(from: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]]));
}
