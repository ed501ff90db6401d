import { setupServer } from 'msw/node';
import { createMockApi, createSolarProofHandlers, type MockOptions } from '../../src/index.js';
import { readResponse, type Target, toFetchArgs } from './target.js';

const ORIGIN = 'https://solarproof.com.au';

/** The MSW handlers in this process, intercepting fetch to the live API's origin. */
export async function mswTarget(options: MockOptions = {}): Promise<Target> {
  const mock = createMockApi({ validateResponses: true, ...options });
  const server = setupServer(...createSolarProofHandlers({ mock }));
  server.listen({ onUnhandledRequest: 'error' });
  return {
    name: 'MSW in-process',
    mock,
    send: async (request) => readResponse(await fetch(...toFetchArgs(ORIGIN, request))),
    close: async () => server.close(),
  };
}
