import { setupServer } from 'msw/node';
import { createMockApi, type MockApi, type MockOptions } from '../mock/create-mock-api.js';
import { createSolarProofHandlers } from '../msw/create-solarproof-handlers.js';
import { startMockServer } from '../node/start-mock-server.js';

/** The live API's origin, which the in-process fake answers for. */
const LIVE_ORIGIN = 'https://solarproof.com.au';

/** A fresh fake for one run of a matrix, over HTTP on 127.0.0.1 or through MSW in this process. */
export async function startMatrixFake(
  options: MockOptions,
  transport: 'http' | 'msw',
): Promise<{ mock: MockApi; baseUrl: string; close(): Promise<void> }> {
  const mock = createMockApi(options);
  if (transport === 'msw') {
    const server = setupServer(...createSolarProofHandlers({ mock }));
    server.listen({ onUnhandledRequest: 'bypass' });
    return { mock, baseUrl: LIVE_ORIGIN, close: async () => server.close() };
  }
  const server = await startMockServer({ port: 0, host: '127.0.0.1', mock });
  return { mock, baseUrl: server.url, close: () => server.close() };
}
