// The error the viewer raises for any failed API call: the server's `{error:{code,message}}`
// when it sent one, or a network/format failure with a code of our own.

export class ApiError extends Error {
  /** Server codes (KG_NOT_FOUND…), or VIEWER_NETWORK / VIEWER_BAD_RESPONSE. */
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status = 0) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}
