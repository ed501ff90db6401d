import { DEFAULT_MAX_BODY_BYTES, payloadTooLarge } from './body-limit.js';
import { controlTokenProblem, isControlPath } from './control-token.js';
import { apiError } from './error-response.js';
import type { MockRequest, MockResponse } from './mock-request.js';
import { clip } from './redact.js';

/**
 * A request as a transport received it, before any translation. A plain record rather than a
 * Fetch `Request`: building a `Request` and a `Response` costs about 40 µs a call on Node 20,
 * more than the mock spends answering a cached page; the record costs under 1 µs.
 */
export interface RawRequest {
  /** As received; the policy upper-cases it. */
  readonly method: string;
  /** The request target, path and query: `/apidata.php?action=getallcustomers`. */
  readonly target: string;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The body text; undefined when the request had none. */
  readonly body: string | undefined;
}

/** Why an HTTP parser refused a request before it could reach the mock. */
export type ClientErrorKind = 'malformed' | 'timeout' | 'headers-too-large';

export interface TransportPolicy {
  readonly maxBodyBytes: number;
  /** The answer when `bytes` (declared, or read so far) is over the body limit; null otherwise. */
  bodyTooLarge(bytes: number): MockResponse | null;
  /** Translates one request, applies the body limit to its text, and answers it. */
  answer(request: RawRequest): MockResponse;
  /** The JSON answer to a request the HTTP parser refused (sent, then the connection closes). */
  clientError(kind: ClientErrorKind): MockResponse;
  /** The 500 answered for a failure the mock rethrew, so the caller does not hang. */
  failure(error: unknown): MockResponse;
  /** How many bytes of a body an injected `reset` sends before the connection dies. */
  resetCut(byteLength: number): number;
}

export interface TransportOptions {
  /** Bodies over this many bytes answer PAYLOAD_TOO_LARGE. Default 1 MiB. */
  maxBodyBytes?: number | undefined;
  /** When given, the control API (`/__mock/*`) answers only `Authorization: Bearer <token>`. */
  controlToken?: string | undefined;
}

const CLIENT_ERRORS: Record<ClientErrorKind, MockResponse> = {
  malformed: apiError('INVALID_PARAMETERS', 'Malformed HTTP request'),
  timeout: apiError(
    'REQUEST_TIMEOUT',
    'Timed out: the request was not received in time (headers and the whole body, as long as its Content-Length says, must arrive within the request timeout)',
  ),
  // The body keeps the documented error shape; the status is HTTP's own for the case.
  'headers-too-large': { ...apiError('INVALID_PARAMETERS', 'Request headers too large'), status: 431 },
};

/**
 * The one policy every transport follows; adapters only move bytes, wait `delayMs` and cut the
 * connection when `reset` says so.
 *
 * @example
 * const policy = transportPolicy((request) => mock.handle(request));
 * policy.answer({ method: 'GET', target: '/apidata.php?action=getallcustomers', headers: {}, body: undefined });
 */
export function transportPolicy(
  handle: (request: MockRequest) => MockResponse,
  options: TransportOptions = {},
): TransportPolicy {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const tooLarge = payloadTooLarge(limit);
  return {
    maxBodyBytes: limit,
    bodyTooLarge: (bytes) => (bytes > limit ? tooLarge : null),
    answer(request) {
      if (isOverLimit(request.body, limit)) return tooLarge;
      const target = originForm(request.target);
      const at = target.indexOf('?');
      const queryText = at < 0 ? '' : target.slice(at + 1);
      const translated: MockRequest = {
        method: request.method.toUpperCase(),
        path: at < 0 ? target : target.slice(0, at),
        query: new URLSearchParams(queryText),
        queryText,
        headers: request.headers,
        body: request.body,
      };
      const { controlToken } = options;
      if (controlToken !== undefined && isControlPath(translated.path)) {
        const refused = controlTokenProblem(translated, controlToken);
        if (refused) return refused;
      }
      return handle(translated);
    },
    clientError: (kind) => CLIENT_ERRORS[kind],
    failure: (error) =>
      apiError(
        'UNKNOWN',
        `The mock failed: ${clip(error instanceof Error ? error.message : String(error), 2000)}`,
      ),
    resetCut: (byteLength) => Math.floor(byteLength / 2),
  };
}

/** An absolute-form target (`http://host/apidata.php?...`, as proxies send) means its path and query. */
function originForm(target: string): string {
  if (target.startsWith('/')) return target;
  const authority = /^https?:\/\/[^/?#]*/i.exec(target);
  if (!authority) return target;
  const rest = target.slice(authority[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** UTF-8 size without encoding in the common case: each UTF-16 unit is 1 to 3 bytes. */
function isOverLimit(body: string | undefined, limit: number): boolean {
  if (body === undefined || body.length * 3 <= limit) return false;
  return body.length > limit || new TextEncoder().encode(body).byteLength > limit;
}
