import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { MockResponse } from '../core/mock-request.js';
import type { ClientErrorKind, TransportPolicy } from '../core/transport-policy.js';

/**
 * Answers a request node's HTTP parser gave up on (malformed, too slow, headers too large) with
 * the policy's JSON error, written raw to the socket, which closes after it.
 */
export function answerClientError(
  policy: TransportPolicy,
  error: Error & { code?: string },
  socket: Duplex,
): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(rawAnswer(policy.clientError(clientErrorKind(error.code))));
}

function clientErrorKind(code: string | undefined): ClientErrorKind {
  if (code === 'HPE_HEADER_OVERFLOW') return 'headers-too-large';
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'timeout';
  return 'malformed';
}

/** A whole HTTP/1.1 answer for a socket the parser gave up on; the connection closes after it. */
function rawAnswer(response: MockResponse): string {
  const head = Object.entries({ ...response.headers, 'content-length': Buffer.byteLength(response.body) })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const reason = STATUS_CODES[response.status] ?? '';
  return `HTTP/1.1 ${response.status} ${reason}\r\n${head}connection: close\r\n\r\n${response.body}`;
}
