import { createClient } from '@solarproof/client';
import { createMockApi, createSolarProofHandlers, DEFAULT_API_KEY } from '@solarproof/mock-server';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { applyCustomerCreated } from '../src/index.js';
import { crmSyncSuite } from './crm-sync-suite.js';

// In-process: MSW answers the client's requests and the fake's webhook POSTs alike.
crmSyncSuite('the in-process fake (MSW)', async (store) => {
  const mock = createMockApi({ seed: 1 });
  const hookUrl = 'https://crm.example/hooks/solarproof';
  const server = setupServer(
    ...createSolarProofHandlers({ mock }),
    http.post(hookUrl, async ({ request }) => {
      try {
        applyCustomerCreated(await request.text(), store);
        return new HttpResponse(null, { status: 200 });
      } catch {
        return new HttpResponse(null, { status: 400 });
      }
    }),
  );
  server.listen({ onUnhandledRequest: 'error' });
  return {
    client: createClient({ apiKey: DEFAULT_API_KEY }),
    mock,
    hookUrl,
    close: async () => {
      mock.deliveries.clear();
      server.close();
    },
  };
});
