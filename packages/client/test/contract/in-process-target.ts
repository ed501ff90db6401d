import { createSolarProofHandlers } from '@solarproof/mock-server';
import { setupServer } from 'msw/node';
import { DEFAULT_BASE_URL } from '../../src/client-options.js';
import {
  type ContractTargetOptions,
  createContractMock,
  MOCK_CAPABILITIES,
  openMockSession,
  withProfile,
} from './mock-session.js';
import type { Target } from './target.js';

/**
 * The mock in the test's own process: MSW answers the client's default base URL, and any other
 * request fails the test.
 */
export function createInProcessTarget(options: ContractTargetOptions = {}): Target {
  return {
    name: withProfile('in-process mock (MSW)', options.profile),
    capabilities: MOCK_CAPABILITIES,
    // Runs every case: MSW answers a dropped connection as a failed fetch and a stall as a delay.
    cannot: {},
    async open() {
      const mock = createContractMock(options.profile);
      const server = setupServer(...createSolarProofHandlers({ mock }));
      server.listen({ onUnhandledRequest: 'error' });
      return openMockSession({
        mock,
        origin: DEFAULT_BASE_URL,
        clientOptions: {},
        close: async () => server.close(),
      });
    },
  };
}
