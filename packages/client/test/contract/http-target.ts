import { startMockServer } from '@solarproof/mock-server/node';
import {
  type ContractTargetOptions,
  createContractMock,
  MOCK_CAPABILITIES,
  openMockSession,
  withProfile,
} from './mock-session.js';
import type { Target } from './target.js';

/** The mock over real HTTP: `startMockServer` on 127.0.0.1, a free port. */
export function createHttpTarget(options: ContractTargetOptions = {}): Target {
  return {
    name: withProfile('HTTP mock (node:http on 127.0.0.1)', options.profile),
    capabilities: MOCK_CAPABILITIES,
    // Runs every case: the server drops connections mid-body and stalls answers on request.
    cannot: {},
    async open() {
      const server = await startMockServer({
        port: 0,
        host: '127.0.0.1',
        mock: createContractMock(options.profile),
      });
      return openMockSession({
        mock: server.mock,
        origin: server.url,
        clientOptions: { baseUrl: server.url },
        close: () => server.close(),
      });
    },
  };
}
