import { transportPolicy } from '../core/transport-policy.js';
import { createMockApi } from '../mock/create-mock-api.js';
import { answerClientError } from './answer-client-error.js';
import { answerCors } from './answer-cors.js';
import { answerNodeRequest } from './answer-node-request.js';
import { chooseControlToken } from './choose-control-token.js';
import { createHttpServer } from './create-http-server.js';
import { listen } from './listen.js';
import { logResponse } from './log-response.js';
import type { MockServerOptions, RunningMockServer } from './mock-server-options.js';
import { ownAddressGuard } from './own-address-guard.js';
import { readRequestBody } from './read-request-body.js';
import { trackRequests } from './track-requests.js';

export type { MockServerOptions, RunningMockServer } from './mock-server-options.js';

/**
 * Serves the fake over node:http: moves bytes between sockets and the core's transport policy
 * (translation, body limit, error bodies), waits an injected delay and performs an injected reset.
 * A failure that the mock's `onError` rethrows (`validateResponses` does) is answered with a 500
 * first, so no caller hangs, and then re-raised as an uncaught exception, as a throwing request
 * listener would be: a test runner reports it against the test that caused it.
 *
 * @example
 * const server = await startMockServer({ port: 0 });
 * const res = await fetch(`${server.url}/apidata.php?action=getallcustomers&api_key=${DEFAULT_API_KEY}`);
 * await server.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const mock = options.mock ?? createMockApi(options);
  const host = options.host ?? '127.0.0.1';
  const controlToken = chooseControlToken(host, options.controlToken);
  const policy = transportPolicy((request) => mock.handle(request), {
    maxBodyBytes: options.maxBodyBytes,
    controlToken,
  });
  const { onResponse, cors = {} } = options;
  const requests = trackRequests();
  const server = createHttpServer(options.requestTimeoutMs ?? 10_000, (req, res) => {
    requests.track(res);
    if (onResponse) {
      const started = performance.now();
      res.once('close', () => logResponse(onResponse, req, res, started));
    }
    if (answerCors(cors, req, res)) return;
    readRequestBody(policy, req, res, (body) => answerNodeRequest(policy, req, res, body, requests.streams));
  });
  server.on('clientError', (error, socket) => answerClientError(policy, error, socket));

  const { port, address } = await listen(server, options.port ?? 4010, host);
  // A webhook must never reach this server's own control API, whatever address form it uses.
  const unguard = mock.deliveries.guard(ownAddressGuard({ address, port }));
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    host,
    mock,
    server,
    controlToken,
    close: () =>
      new Promise<void>((resolve) =>
        requests.close(server, () => {
          unguard();
          resolve();
        }),
      ),
  };
}
