// The Node HTTP server around the app, with bounds a long-running team server needs:
// headers up to 64 KB (a 20,000-character question reaches the app and gets a clear 400
// instead of Node's bare 431), slow clients cut off, and malformed requests answered in
// the API's JSON error shape.
import { createServer, type Server } from 'node:http';
import type { Express } from 'express';

export const MAX_HEADER_BYTES = 64 * 1024;

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'KG_LIMIT_EXCEEDED', `request headers or URL larger than ${MAX_HEADER_BYTES} bytes.`],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'KG_LIMIT_EXCEEDED', 'request took too long to arrive.'],
};

/** @example createHttpServer(createApp(graph)).listen(3000, '127.0.0.1') */
export function createHttpServer(app: Express): Server {
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: 60_000, headersTimeout: 20_000 }, app);
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const [status, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'KG_INVALID_INPUT', 'malformed HTTP request.'];
    const body = JSON.stringify({ error: { code, message } });
    socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
  return server;
}
