import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { transportPolicy } from '../core/transport-policy.js';
import { createMockApi, type MockApi, type MockOptions } from '../mock/create-mock-api.js';

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
 * from a stateful fake. Put them in your own `setupServer(...)`. The handler only brings the
 * request to the core's transport policy; an injected reset is a network error here, since MSW
 * cannot send half a body. A failure the mock rethrows (`validateResponses`) throws from the
 * handler, which MSW reports as an unhandled exception of the request.
 *
 * @example
 * const mock = createMockApi({ seed: 1 });
 * const server = setupServer(...createSolarProofHandlers({ mock }));
 * server.listen();
 */
export function createSolarProofHandlers(options: SolarProofHandlersOptions = {}): RequestHandler[] {
  const mock = options.mock ?? createMockApi(options);
  const origin = (options.baseUrl ?? 'https://solarproof.com.au').replace(/\/+$/, '');
  const policy = transportPolicy((request) => mock.handle(request), { maxBodyBytes: options.maxBodyBytes });
  // These handlers would answer a delivery to their own origin (its control API included).
  mock.deliveries.guard((url) =>
    url.origin === origin
      ? `Refused: ${url.origin} is this mock's own origin; a webhook may not call the mock itself`
      : undefined,
  );

  return [
    http.all(`${origin}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      const response = policy.answer({
        method: request.method,
        target: url.pathname + url.search,
        headers,
        body: request.body ? await request.text() : undefined,
      });
      if (response.delayMs) await delay(response.delayMs);
      if (response.reset) return HttpResponse.error();
      return new HttpResponse(response.body, { status: response.status, headers: response.headers });
    }),
  ];
}
