import { inspect } from 'node:util';
import { createMockApi, DEFAULT_API_KEY } from '@solarproof/mock-server';
import { type RunningMockServer, startMockServer } from '@solarproof/mock-server/node';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createClient, type SolarProofClient } from '../../src/index.js';

// Runs a workload that touches every action, every error path, faults and webhooks, collects every
// error, log line, journal entry and control-API answer it produces, and fails if any shows a key.

let server: RunningMockServer;
const collected: string[] = [];
const logged: string[] = [];

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 10 }))).join(' '));
    });
  }
  server = await startMockServer({
    port: 0,
    mock: createMockApi({ webhooks: { backoffMs: 5, maxAttempts: 2 } }),
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
});

function keep(error: unknown): void {
  if (!(error instanceof Error)) return void collected.push(String(error));
  collected.push(
    error.message,
    String(error.stack),
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
  );
}

async function everything(client: SolarProofClient, email: string): Promise<void> {
  const attempt = async (call: () => Promise<unknown>) => {
    try {
      collected.push(JSON.stringify(await call()));
    } catch (error) {
      keep(error);
    }
  };
  await attempt(() => client.listCustomers({ page: 1 }));
  await attempt(() => client.listCustomers({ page: 99 }));
  await attempt(() => client.getCustomerByEmail('nobody@example.com'));
  await attempt(() => client.findCustomerId(email));
  await attempt(() => client.getCustomerOfProject(999_999));
  await attempt(() =>
    client.createCustomer({ firstname: 'S', surname: 'K', email, phone1: '0400000000', type: 'COMMERCIAL' }),
  );
  await attempt(() =>
    client.createCustomer({ firstname: 'S', surname: 'K', email, phone1: '0400000000', type: 'COMMERCIAL' }),
  );
  await attempt(() => client.updateCustomer(1, { surname: 'X' }));
  await attempt(() => client.deleteCustomer(1));
  await attempt(() => client.subscribe({ hookUrl: 'http://127.0.0.1:9/nowhere', type: 'customer_created' }));
  await attempt(() => client.subscribe({ hookUrl: 'not a url', type: 'customer_created' }));
  await attempt(() => client.unsubscribe('http://127.0.0.1:9/other'));
}

describe('the API key', () => {
  test('appears in no error, log line, journal entry, delivery or control answer of a full workload', async () => {
    const tenant = (await (
      await fetch(`${server.url}/__mock/tenants`, {
        method: 'POST',
        body: '{"customers": 3}',
        headers: { 'content-type': 'application/json' },
      })
    ).json()) as { apiKey: string };
    const keys = [DEFAULT_API_KEY, tenant.apiKey, 'sp_live_0123456789abcdef0123456789abcd'];
    const retry = { retries: 1, minDelayMs: 1, maxDelayMs: 2 };

    for (const apiKey of keys) {
      const client = createClient({ apiKey, baseUrl: server.url, retry });
      await everything(client, `scan.${keys.indexOf(apiKey)}@example.com`);
      for (const fault of [
        { code: 'UNKNOWN' },
        { code: 'RATE_LIMITED' },
        { reset: true },
        { latencyMs: 250 },
      ]) {
        await fetch(`${server.url}/__mock/faults`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ action: '*', count: 50, ...fault }),
        });
        // A timeout well under the latency fault's, so each of its calls gives up quickly.
        const timeoutMs = fault.latencyMs ? 25 : 100;
        await everything(
          createClient({ apiKey, baseUrl: server.url, retry, timeoutMs }),
          'fault@example.com',
        );
        await fetch(`${server.url}/__mock/faults`, { method: 'DELETE' });
      }
    }
    await server.mock.deliveries.idle();
    for (const path of [
      '/__mock/journal',
      '/__mock/deliveries',
      '/__mock/world',
      '/__mock/faults',
      '/__mock',
    ]) {
      collected.push(await (await fetch(`${server.url}${path}`)).text());
    }

    expect(collected.length).toBeGreaterThan(100);
    expect(collected.join('\n')).toContain('api_key=***');
    for (const text of [...collected, ...logged]) {
      for (const key of keys)
        expect(text.includes(key), `a key leaked into: ${text.slice(0, 300)}`).toBe(false);
    }
  }, 30_000);
});
