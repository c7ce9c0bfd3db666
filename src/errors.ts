// Typed errors with stable codes. Callers and tests check `code`, never the message;
// the HTTP error middleware and the CLI boundary map codes to statuses and exit codes.

export type KgErrorCode =
  | 'KG_NOT_FOUND'
  | 'KG_INVALID_INPUT'
  | 'KG_AMBIGUOUS'
  | 'KG_LIMIT_EXCEEDED'
  | 'KG_UNSUPPORTED_MEDIA'
  | 'KG_UNPROCESSABLE'
  | 'KG_UNAUTHORIZED'
  | 'KG_IO'
  | 'KG_PIPELINE'
  | 'KG_UNAVAILABLE';

export class KgError extends Error {
  readonly code: KgErrorCode;
  readonly details?: unknown;

  constructor(code: KgErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** A node, article or route that does not exist. `details.suggestions` may list near names. */
export class NotFoundError extends KgError {
  constructor(message: string, details?: { suggestions?: string[] }) {
    super('KG_NOT_FOUND', message, details);
  }
}

/** Input that breaks a rule of the API or CLI (missing parameter, bad option). */
export class InvalidInputError extends KgError {
  constructor(message: string, details?: unknown) {
    super('KG_INVALID_INPUT', message, details);
  }
}

/** A name that matches several nodes; `details.candidates` lists them. */
export class AmbiguousError extends KgError {
  constructor(message: string, details: { candidates: string[] }) {
    super('KG_AMBIGUOUS', message, details);
  }
}

/** A size, count or time bound was exceeded. */
export class LimitExceededError extends KgError {
  constructor(message: string, details?: unknown) {
    super('KG_LIMIT_EXCEEDED', message, details);
  }
}

/** Content that is well-formed but cannot be used (empty text, binary, bad UTF-8). */
export class UnprocessableError extends KgError {
  constructor(message: string, details?: unknown) {
    super('KG_UNPROCESSABLE', message, details);
  }
}

/** A request that needs the API token (KG_API_TOKEN) came without it or with a wrong one. */
export class UnauthorizedError extends KgError {
  constructor(message: string) {
    super('KG_UNAUTHORIZED', message);
  }
}

/**
 * The server cannot answer yet or any more: the graph is being built at start-up, the
 * server is shutting down, or the thread that builds the graph stopped. HTTP 503 with
 * `Retry-After: details.retryAfter` seconds.
 */
export class UnavailableError extends KgError {
  constructor(message: string, details: { retryAfter?: number } = {}) {
    super('KG_UNAVAILABLE', message, details);
  }
}

/** The extractor pipeline is mis-assembled (a stage requires what no earlier stage assigns). */
export class PipelineError extends KgError {
  constructor(message: string) {
    super('KG_PIPELINE', message);
  }
}

export const isKgError = (error: unknown): error is KgError => error instanceof KgError;
