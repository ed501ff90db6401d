import { startMockServer } from '@solarproof/mock-server/node';
import { createContractMock, MOCK_CAPABILITIES, openMockSession } from './mock-session.js';
import type { Target } from './target.js';

/** The mock over real HTTP: `startMockServer` on 127.0.0.1, a free port. */
export function createHttpTarget(): Target {
  return {
    name: 'HTTP mock (node:http on 127.0.0.1)',
    capabilities: MOCK_CAPABILITIES,
    // Runs every case: the server drops connections mid-body and stalls answers on request.
    cannot: {},
    async open() {
      const server = await startMockServer({ port: 0, host: '127.0.0.1', mock: createContractMock() });
      return openMockSession({
        mock: server.mock,
        origin: server.url,
        clientOptions: { baseUrl: server.url },
        close: () => server.close(),
      });
    },
  };
}
