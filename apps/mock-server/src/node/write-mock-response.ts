import type { ServerResponse } from 'node:http';
import type { MockResponse } from '../core/mock-request.js';

/**
 * Writes one answer: its head and its bytes in one `end`, or its pieces (`chunks`) corked into one
 * write (or, for an injected reset, the first `resetCut` bytes and then a dead socket). A failure
 * the mock rethrew is raised after the answer is out, as an uncaught exception, as a throwing
 * request listener would be.
 */
export function writeMockResponse(
  res: ServerResponse,
  response: MockResponse,
  resetCut: (byteLength: number) => number,
  failure?: unknown,
): void {
  const chunks = response.chunks;
  if (!res.destroyed && chunks !== undefined && chunks.length > 0 && !response.reset) {
    let byteLength = 0;
    for (const chunk of chunks) byteLength += chunk.byteLength;
    res.writeHead(response.status, rawHead(response, byteLength));
    // Corked, the head and every piece leave in one writev when `end` uncorks.
    res.cork();
    const last = chunks.length - 1;
    for (let index = 0; index < last; index += 1) res.write(chunks[index]);
    res.end(chunks[last]);
  } else if (!res.destroyed) {
    const body = response.bytes ?? Buffer.from(response.body);
    res.writeHead(response.status, rawHead(response, body.byteLength));
    if (response.reset) {
      // The injected "connection reset mid-body": part of the bytes, then the socket dies.
      res.write(body.subarray(0, resetCut(body.byteLength)));
      res.socket?.destroy();
    } else res.end(body);
  }
  if (failure !== undefined) {
    setImmediate(() => {
      throw failure;
    });
  }
}

/** Raw heads of responses shared between requests (cached pages are frozen), built once each. */
const heads = new WeakMap<MockResponse, string[]>();

/**
 * The response's headers and its length as node's flat raw form (`[name, value, ...]`), which
 * `writeHead` takes without copying an object or walking its keys.
 */
function rawHead(response: MockResponse, byteLength: number): string[] {
  const shared = Object.isFrozen(response);
  let head = shared ? heads.get(response) : undefined;
  if (head === undefined) {
    head = [];
    for (const name of Object.keys(response.headers)) {
      if (name !== 'content-length') head.push(name, response.headers[name] as string);
    }
    head.push('content-length', String(byteLength));
    if (shared) heads.set(response, head);
  }
  return head;
}

/** Answers an oversized request and closes the connection, leaving the rest of its body unread. */
export function refuseResponse(res: ServerResponse, response: MockResponse): void {
  if (res.headersSent) return;
  res.shouldKeepAlive = false;
  res.writeHead(response.status, { ...response.headers, connection: 'close' });
  res.end(response.body);
}
