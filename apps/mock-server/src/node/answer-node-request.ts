import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockResponse } from '../core/mock-request.js';
import type { TransportPolicy } from '../core/transport-policy.js';
import { API_REFERENCE_PATH, answerApiReference } from './api-reference.js';
import { dashboardFile } from './dashboard-files.js';
import { writeEventStream } from './write-event-stream.js';
import { writeMockResponse } from './write-mock-response.js';

/**
 * Brings one request, its body read, to the policy and sends what it answers: bytes, an event
 * stream (kept in `streams` until it ends), a dashboard file, or the answer after its injected delay.
 */
export function answerNodeRequest(
  policy: TransportPolicy,
  req: IncomingMessage,
  res: ServerResponse,
  body: string | undefined,
  streams: Set<ServerResponse>,
): void {
  const target = req.url ?? '/';
  if (req.method === 'GET' && isPath(target, API_REFERENCE_PATH)) {
    answerApiReference(res);
    return;
  }
  let response: MockResponse;
  try {
    response = policy.answer({
      method: req.method ?? 'GET',
      target,
      headers: req.headers as Record<string, string | undefined>,
      body,
    });
  } catch (error) {
    writeMockResponse(res, policy.failure(error), policy.resetCut, error);
    return;
  }
  if (response.subscribe) {
    writeEventStream(res, { ...response, subscribe: response.subscribe }, streams);
    return;
  }
  const file = response.asset === undefined ? undefined : dashboardFile(response.asset);
  if (file) writeMockResponse(res, { ...response, body: '', bytes: file }, policy.resetCut);
  else if (response.delayMs)
    setTimeout(() => writeMockResponse(res, response, policy.resetCut), response.delayMs);
  else writeMockResponse(res, response, policy.resetCut);
}

/** Whether `target`'s path is `path`, without splitting the target on every request. */
function isPath(target: string, path: string): boolean {
  return target.startsWith(path) && (target.length === path.length || target[path.length] === '?');
}
