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
  if (!res.destroyed) {
    const { head, pieces } = wireOf(response);
    res.writeHead(response.status, head);
    const last = pieces.length - 1;
    if (response.reset) {
      // The injected "connection reset mid-body": part of the bytes, then the socket dies.
      const body = last === 0 ? (pieces[0] as Buffer) : Buffer.concat(pieces);
      res.write(body.subarray(0, resetCut(body.byteLength)));
      res.socket?.destroy();
    } else if (last === 0) res.end(pieces[0]);
    else {
      // Corked, the head and every piece leave in one writev when `end` uncorks.
      res.cork();
      for (let index = 0; index < last; index += 1) res.write(pieces[index]);
      res.end(pieces[last]);
    }
  }
  if (failure !== undefined) {
    setImmediate(() => {
      throw failure;
    });
  }
}

/** What goes on the wire for a response: its raw head, and its body as Buffers (one or more pieces). */
interface Wire {
  readonly head: string[];
  readonly pieces: readonly Buffer[];
}

/**
 * Wires of responses shared between requests (cached pages are frozen), made once each: the head
 * is not rebuilt, and node is handed Buffers, which it would otherwise make from each Uint8Array
 * piece on every send.
 */
const wires = new WeakMap<MockResponse, Wire>();

function wireOf(response: MockResponse): Wire {
  const shared = Object.isFrozen(response);
  let wire = shared ? wires.get(response) : undefined;
  if (wire === undefined) {
    const chunks = response.chunks;
    const pieces =
      chunks !== undefined && chunks.length > 0
        ? chunks.map(asBuffer)
        : [asBuffer(response.bytes ?? Buffer.from(response.body))];
    let byteLength = 0;
    for (const piece of pieces) byteLength += piece.byteLength;
    wire = { head: rawHead(response, byteLength), pieces };
    if (shared) wires.set(response, wire);
  }
  return wire;
}

/** A Buffer over the same memory (no copy). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The response's headers and its length as node's flat raw form (`[name, value, ...]`), which
 * `writeHead` takes without copying an object or walking its keys.
 */
function rawHead(response: MockResponse, byteLength: number): string[] {
  const head: string[] = [];
  for (const name of Object.keys(response.headers)) {
    if (name !== 'content-length') head.push(name, response.headers[name] as string);
  }
  head.push('content-length', String(byteLength));
  return head;
}

/** Answers an oversized request and closes the connection, leaving the rest of its body unread. */
export function refuseResponse(res: ServerResponse, response: MockResponse): void {
  if (res.headersSent) return;
  res.shouldKeepAlive = false;
  res.writeHead(response.status, { ...response.headers, connection: 'close' });
  res.end(response.body);
}
