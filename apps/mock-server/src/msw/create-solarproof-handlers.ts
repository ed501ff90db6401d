import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { transportPolicy } from '../core/transport-policy.js';
import { createMockApi, type MockApi, type MockOptions } from '../mock/create-mock-api.js';
import { ownOriginGuard } from './own-origin-guard.js';
import { rawRequestOf } from './raw-request-of.js';

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
  mock.deliveries.guard(ownOriginGuard(origin));

  return [
    http.all(`${origin}/*`, async ({ request }) => {
      const response = policy.answer(await rawRequestOf(request));
      if (response.delayMs) await delay(response.delayMs);
      if (response.reset) return HttpResponse.error();
      return new HttpResponse(response.body, { status: response.status, headers: response.headers });
    }),
  ];
}
