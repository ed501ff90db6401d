import { createServer, type RequestListener, type Server } from 'node:http';

/**
 * A node:http server whose timeouts hold as given: a request whose headers and body take longer
 * than `requestTimeoutMs` is cut off (the parser's error then reaches `clientError`).
 */
export function createHttpServer(requestTimeoutMs: number, listener: RequestListener): Server {
  const server = createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(requestTimeoutMs, 10_000),
      maxHeaderSize: 16_384,
      // Node checks both timeouts only this often (default 30 s): a short timeout would not hold.
      connectionsCheckingInterval: Math.max(50, Math.min(requestTimeoutMs / 4, 30_000)),
      // Node answers an HTTP/1.1 request without Host with a bare, empty 400; the mock needs no Host.
      requireHostHeader: false,
    },
    listener,
  );
  server.keepAliveTimeout = 5_000;
  return server;
}
