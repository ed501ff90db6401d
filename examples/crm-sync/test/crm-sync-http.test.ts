import { createClient } from '@solarproof/client';
import { DEFAULT_API_KEY } from '@solarproof/mock-server';
import { startMockServer } from '@solarproof/mock-server/node';
import { expect, test } from 'vitest';
import { createMemoryStore, startWebhookReceiver } from '../src/index.js';
import { crmSyncSuite } from './crm-sync-suite.js';

// Over HTTP: the fake on a free port of 127.0.0.1, the CRM's receiver on another.
crmSyncSuite('the fake over HTTP', async (store) => {
  const running = await startMockServer({ port: 0 });
  const receiver = await startWebhookReceiver(store);
  return {
    client: createClient({ baseUrl: running.url, apiKey: DEFAULT_API_KEY }),
    mock: running.mock,
    hookUrl: receiver.url,
    close: async () => {
      running.mock.deliveries.clear();
      await Promise.all([running.close(), receiver.close()]);
    },
  };
});

test('the receiver answers 400 to a body that is not customer_created, and stores nothing', async () => {
  const store = createMemoryStore();
  const receiver = await startWebhookReceiver(store);
  const response = await fetch(receiver.url, { method: 'POST', body: '{"hello":"world"}' });
  expect(response.status).toBe(400);
  expect(store.all()).toEqual([]);
  await receiver.close();
});
