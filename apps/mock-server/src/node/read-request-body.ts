import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TransportPolicy } from '../core/transport-policy.js';
import { refuseResponse } from './write-mock-response.js';

/**
 * Reads a request's body within the policy's limit and hands over its text (undefined when there
 * is none). A body over the limit, declared or read so far, is refused without buffering the rest,
 * and `then` is never called.
 */
export function readRequestBody(
  policy: TransportPolicy,
  req: IncomingMessage,
  res: ServerResponse,
  then: (body: string | undefined) => void,
): void {
  const declared = Number(req.headers['content-length'] ?? 0);
  const declaredTooLarge = policy.bodyTooLarge(declared);
  if (declaredTooLarge) {
    refuseResponse(res, declaredTooLarge);
    return;
  }
  req.on('error', () => res.destroy());
  if (declared === 0 && req.headers['transfer-encoding'] === undefined) {
    // No body to wait for (a GET): answer now rather than a tick later on 'end'.
    then(undefined);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  let answered = false;
  const answer = () => {
    answered = true;
    then(
      chunks.length === 0
        ? undefined
        : (chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)).toString('utf8'),
    );
  };
  // A declared length, once read, is the whole body (node's parser never gives more): answered
  // then, rather than on 'end', a tick later (node emits 'end' after the last 'data' in a tick).
  const whole = req.headers['transfer-encoding'] === undefined ? declared : Number.NaN;
  req.on('data', (chunk: Buffer) => {
    if (refused || answered) return;
    size += chunk.length;
    const tooLarge = policy.bodyTooLarge(size);
    if (tooLarge) {
      // Chunked bodies carry no length up front: stop at the limit instead of buffering the rest.
      refused = true;
      refuseResponse(res, tooLarge);
      return;
    }
    chunks.push(chunk);
    if (size === whole) answer();
  });
  req.on('end', () => {
    if (!refused && !answered) answer();
  });
}
