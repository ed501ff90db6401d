import { type OperationId, operationSchemas } from '@solarproof/schemas';
import { backoffDelay } from './backoff-delay.js';
import { buildRequest, type QueryParams } from './build-request.js';
import type { CallOptions } from './client-options.js';
import { startDeadline } from './deadline.js';
import { InvalidResponseError } from './errors/invalid-response-error.js';
import { NetworkError } from './errors/network-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import { interpretResponse } from './interpret-response.js';
import type { SuccessBody } from './operation-types.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { raceAbort } from './race-abort.js';
import { classifyBody } from './read-body.js';
import type { Redactor } from './redact.js';
import type { ResolvedOptions } from './resolve-options.js';

/** A request to make: the operation's query parameters and JSON body. */
export interface OperationRequest {
  query?: QueryParams | undefined;
  body?: unknown;
}

/**
 * Calls one operation: builds the request, sends it within the deadline, retries what may be
 * retried, and turns the answer into the operation's result or an error.
 *
 * @example
 * const page = await callOperation(options, redact, 'getallcustomers', { query: { page: 1 } });
 */
export async function callOperation<Id extends OperationId>(
  options: ResolvedOptions,
  redact: Redactor,
  id: Id,
  request: OperationRequest,
  call: CallOptions = {},
): Promise<SuccessBody<Id>> {
  const op = operationSchemas[id];
  const { url, init } = buildRequest({
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    action: op.action,
    method: op.method,
    query: request.query,
    body: request.body,
  });
  const safeUrl = redact(url);
  const timeoutMs = call.timeoutMs ?? options.timeoutMs;
  const deadline = startDeadline(
    timeoutMs,
    call.signal,
    () => new TimeoutError({ action: op.action, timeoutMs, url: safeUrl, redact }),
  );
  // Writes are not idempotent: a retried create after a lost answer may create a duplicate.
  const mayRetry = op.method === 'GET' || (call.retryWrites ?? options.retryWrites);
  const retry = mayRetry ? options.retry : false;
  const { signal } = deadline;

  /** The wait before another attempt, or `undefined` when retries are used up or the deadline is too close. */
  const retryDelay = (attempt: number, retryAfterMs: number | undefined): number | undefined => {
    if (retry === false || attempt >= retry.retries) return undefined;
    const delay = retryAfterMs ?? backoffDelay(attempt, retry, retry.random);
    // Sleeping past the deadline would only turn the real error into a TimeoutError.
    return delay < deadline.remainingMs() ? delay : undefined;
  };
  const pause = (delay: number): Promise<void> =>
    retry === false ? Promise.resolve() : raceAbort(retry.sleep(delay, signal), signal);

  try {
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      let text: string;
      // A signal aborted before the call (or during the last wait) must not cost a request.
      if (signal.aborted) throw signal.reason;
      try {
        response = await raceAbort(options.fetch(url, { ...init, signal }), signal);
        if (isRetryableStatus(response.status)) {
          const delay = retryDelay(attempt, parseRetryAfter(response.headers.get('retry-after'), Date.now()));
          if (delay !== undefined) {
            // Free the connection while waiting; the body of a failed attempt is not needed.
            response.body?.cancel().catch(() => undefined);
            await pause(delay);
            continue;
          }
        }
        text = await raceAbort(response.text(), signal);
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        const networkError = new NetworkError({ action: op.action, cause: error, url: safeUrl, redact });
        const delay = retryDelay(attempt, undefined);
        if (delay === undefined) throw networkError;
        await pause(delay);
        continue;
      }
      const contentType = response.headers.get('content-type') ?? undefined;
      const body = classifyBody(text);
      if (!body.ok) {
        throw new InvalidResponseError({
          action: op.action,
          status: response.status,
          contentType,
          body: text,
          reason: body.reason,
          url: safeUrl,
          redact,
        });
      }
      return interpretResponse(
        id,
        {
          status: response.status,
          contentType,
          text,
          json: body.json,
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()),
        },
        { validate: options.validate, redact, url: safeUrl },
      );
    }
  } finally {
    deadline.dispose();
  }
}

/** Rate limits and server failures may pass; client errors (4xx) will not change on a retry. */
function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}
