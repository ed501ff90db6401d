import { type OperationId, operationSchemas } from '@solarproof/schemas';
import { backoffDelay } from './backoff-delay.js';
import { buildRequest, type QueryParams } from './build-request.js';
import type { CallOptions } from './client-options.js';
import { startDeadline } from './deadline.js';
import { InvalidResponseError } from './errors/invalid-response-error.js';
import { NetworkError } from './errors/network-error.js';
import { SolarProofApiError } from './errors/solar-proof-api-error.js';
import { SolarProofError } from './errors/solar-proof-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import { fetchWithinOrigin } from './fetch-within-origin.js';
import { interpretResponse } from './interpret-response.js';
import type { OperationRequest, SuccessBody } from './operation-types.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { raceAbort } from './race-abort.js';
import { classifyBody } from './read-body.js';
import { readCappedText } from './read-capped-text.js';
import type { Redactor } from './redact.js';
import type { ResolvedOptions } from './resolve-options.js';
import type { WireResponse } from './wire-response.js';

/**
 * Calls one operation, typed from the generated `operations`: its query keys and body are checked
 * at compile time, and it answers the operation's success body.
 */
export type OperationCaller = <Id extends OperationId>(
  id: Id,
  request: OperationRequest<Id>,
  call?: CallOptions,
) => Promise<SuccessBody<Id>>;

/**
 * Binds the client's options and redactor once, so each method names only its operation and request.
 *
 * @example
 * const callOperation = createOperationCaller(options, redact);
 * const page = await callOperation('getallcustomers', { query: { page: 1 } });
 */
export function createOperationCaller(options: ResolvedOptions, redact: Redactor): OperationCaller {
  return (id, request, call) => callOperation(options, redact, id, request, call);
}

/** Codes that mean "try again later" whatever status they came with (a PHP API may send them with 200). */
const RETRYABLE_CODES: ReadonlySet<string> = new Set(['RATE_LIMITED', 'UNKNOWN']);

/**
 * Calls one operation: builds the request, sends it within the deadline, retries what may be
 * retried, and turns the answer into the operation's result or an error.
 */
async function callOperation<Id extends OperationId>(
  options: ResolvedOptions,
  redact: Redactor,
  id: Id,
  request: OperationRequest<Id>,
  call: CallOptions = {},
): Promise<SuccessBody<Id>> {
  const op = operationSchemas[id];
  const { url, init } = buildRequest({
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    action: op.action,
    method: op.method,
    query: request.query as QueryParams | undefined,
    body: request.body,
  });
  const safeUrl = redact(url);
  const timeoutMs = call.timeoutMs ?? options.timeoutMs;
  const deadline = startDeadline(
    timeoutMs,
    call.signal,
    () => new TimeoutError({ action: op.action, timeoutMs, url: safeUrl, redact }),
    options.now,
  );
  // Writes are not idempotent: a retried create after a lost answer may create a duplicate.
  const isRead = op.method === 'GET';
  const mayRetry = isRead || (call.retryWrites ?? options.retryWrites);
  const retry = mayRetry ? options.retry : false;
  const { signal } = deadline;
  const send = { action: op.action, followSameOrigin: isRead, redact };
  const cap = { action: op.action, limitBytes: options.maxResponseBytes, url: safeUrl, redact };
  const retryAfter = (response: WireResponse) =>
    parseRetryAfter(response.headers.get('retry-after'), options.now());

  /** The wait before another attempt, or `undefined` when retries are used up or the deadline is too close. */
  const retryDelay = (attempt: number, retryAfterMs: number | undefined): number | undefined => {
    if (retry === false || attempt >= retry.retries) return undefined;
    const delay = retryAfterMs ?? backoffDelay(attempt, retry, retry.random);
    // Sleeping past the deadline would only turn the real error into a TimeoutError.
    return delay < deadline.remainingMs() ? delay : undefined;
  };
  const pause = (delay: number): Promise<void> =>
    retry === false ? Promise.resolve() : raceAbort(retry.sleep(delay, signal), signal);
  /** Our own errors (redirects, size cap) are final; anything else `fetch` threw is a network failure. */
  const asNetworkError = (error: unknown): SolarProofError => {
    if (signal.aborted) throw signal.reason;
    if (error instanceof SolarProofError) throw error;
    return new NetworkError({ action: op.action, cause: error, url: safeUrl, redact });
  };

  try {
    for (let attempt = 0; ; attempt += 1) {
      let response: WireResponse;
      let text: string;
      // A signal aborted before the call (or during the last wait) must not cost a request.
      if (signal.aborted) throw signal.reason;
      try {
        response = await raceAbort(fetchWithinOrigin(options.fetch, url, { ...init, signal }, send), signal);
        if (isRetryableStatus(response.status)) {
          const delay = retryDelay(attempt, retryAfter(response));
          if (delay !== undefined) {
            // Free the connection while waiting; the body of a failed attempt is not needed.
            response.body?.cancel().catch(() => undefined);
            await pause(delay);
            continue;
          }
        }
        text = await raceAbort(readCappedText(response, cap), signal);
      } catch (error) {
        const networkError = asNetworkError(error);
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
      try {
        return interpretResponse(
          id,
          { status: response.status, contentType, text, json: body.json, retryAfterMs: retryAfter(response) },
          { mode: options.validate, onDrift: options.onDrift, redact, url: safeUrl },
        );
      } catch (error) {
        // A rate limit or server failure sent with a status that is not retried (200 or 400 for all).
        const retryable = error instanceof SolarProofApiError && RETRYABLE_CODES.has(error.code);
        const delay = retryable ? retryDelay(attempt, error.retryAfterMs) : undefined;
        if (delay === undefined) throw error;
        await pause(delay);
      }
    }
  } finally {
    deadline.dispose();
  }
}

/** Rate limits and server failures may pass; client errors (4xx) will not change on a retry. */
function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}
