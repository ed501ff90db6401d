import type { InterpretationWorld } from '@solarproof/mock-server/vitest';
import { MOCK_CAPABILITIES, openMockSession } from './mock-session.js';
import type { Target } from './target.js';

/**
 * The fake of one run of `describeEachInterpretation` (a profile, over HTTP or MSW) as a contract
 * target. The matrix starts and stops the fake; the session only opens a tenant on it.
 */
export function createMatrixTarget(fake: InterpretationWorld, transport: 'http' | 'msw'): Target {
  return {
    name: `${transport === 'http' ? 'HTTP' : 'in-process (MSW)'} mock, profile ${fake.interpretation.label}`,
    capabilities: MOCK_CAPABILITIES,
    // Runs every case, as the in-process and HTTP targets do.
    cannot: {},
    async open() {
      return openMockSession({
        mock: fake.mock,
        origin: fake.baseUrl,
        clientOptions: transport === 'http' ? { baseUrl: fake.baseUrl } : {},
        close: async () => undefined,
      });
    },
  };
}
