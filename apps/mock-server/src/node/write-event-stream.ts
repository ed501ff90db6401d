import type { ServerResponse } from 'node:http';
import type { MockResponse } from '../core/mock-request.js';

/** A comment line this often keeps proxies and idle timers from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

/**
 * Sends a server-sent event stream: the headers and `body` now, then every chunk the core hands
 * over until the client leaves or `streams` is ended (the server closing).
 */
export function writeEventStream(
  res: ServerResponse,
  response: MockResponse & Required<Pick<MockResponse, 'subscribe'>>,
  streams: Set<ServerResponse>,
): void {
  res.writeHead(response.status, response.headers);
  res.write(response.body);
  const unsubscribe = response.subscribe((chunk) => res.write(chunk));
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  streams.add(res);
  res.once('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
    streams.delete(res);
  });
}
