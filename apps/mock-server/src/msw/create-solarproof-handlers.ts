import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { DEFAULT_MAX_BODY_BYTES, payloadTooLarge } from '../core/body-limit.js';
import { createMockApi, type MockApi, type MockOptions } from '../core/create-mock-api.js';
import type { MockRequest, MockResponse } from '../core/mock-request.js';

export interface SolarProofHandlersOptions extends MockOptions {
  /** The fake to answer from; one is created from the other options when absent. */
  mock?: MockApi;
  /** The origin the handlers intercept. Default `https://solarproof.com.au`, the live API's. */
  baseUrl?: string;
  /** Bodies over this many bytes answer PAYLOAD_TOO_LARGE. Default 1 MiB. */
  maxBodyBytes?: number;
}

/**
 * MSW request handlers that answer every Solar Proof action, and the control API under `/__mock/`,
 * from a stateful fake. Put them in your own `setupServer(...)`.
 *
 * @example
 * const mock = createMockApi({ seed: 1 });
 * const server = setupServer(...createSolarProofHandlers({ mock }));
 * server.listen();
 */
export function createSolarProofHandlers(options: SolarProofHandlersOptions = {}): RequestHandler[] {
  const mock = options.mock ?? createMockApi(options);
  const origin = (options.baseUrl ?? 'https://solarproof.com.au').replace(/\/+$/, '');
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // These handlers would answer a delivery to their own origin (its control API included).
  mock.deliveries.guard((url) =>
    url.origin === origin
      ? `Refused: ${url.origin} is this mock's own origin; a webhook may not call the mock itself`
      : undefined,
  );

  return [
    http.all(`${origin}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const body = request.body ? await request.text() : undefined;
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const mockRequest: MockRequest = {
        method: request.method.toUpperCase(),
        path: url.pathname,
        query: url.searchParams,
        headers,
        body,
      };
      const response: MockResponse = isOverLimit(body, limit)
        ? payloadTooLarge(limit)
        : mock.handle(mockRequest);
      if (response.delayMs) await delay(response.delayMs);
      if (response.reset) return HttpResponse.error();
      return new HttpResponse(response.body, { status: response.status, headers: response.headers });
    }),
  ];
}

/** UTF-8 size without encoding in the common case: each UTF-16 unit is 1 to 3 bytes. */
function isOverLimit(body: string | undefined, limit: number): boolean {
  if (body === undefined || body.length * 3 <= limit) return false;
  return body.length > limit || new TextEncoder().encode(body).byteLength > limit;
}
