import { describe, expect, test } from 'vitest';
import { createMockApi, DEFAULT_API_KEY } from '../../src/index.js';
import { startMockServer } from '../../src/node.js';
import { freePort } from '../support/receiver.js';
import { newCustomer } from '../support/scenario-helpers.js';

const post = (url: string, action: string, body: unknown) =>
  fetch(`${url}/apidata.php?action=${action}&api_key=${DEFAULT_API_KEY}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('webhook fan-out to receivers that are down', () => {
  test('stays bounded and reads keep answering', { timeout: 120_000 }, async () => {
    const server = await startMockServer({
      port: 0,
      mock: createMockApi({ webhooks: { backoffMs: 50, maxBackoffMs: 200 } }),
    });
    const closed = await freePort();
    for (let i = 0; i < 100; i += 1) {
      const subscribed = await post(server.url, 'subscribe_customer', {
        hookUrl: `http://127.0.0.1:${closed}/hook/${i}`,
        type_request: 'customer_created',
      });
      expect(subscribed.status).toBe(200);
    }
    const heapBefore = process.memoryUsage().heapUsed;
    const createMs: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const started = performance.now();
      expect((await post(server.url, 'createcustomer', { data: newCustomer(`soak${i}`) })).status).toBe(200);
      createMs.push(performance.now() - started);
    }
    // 3,000 deliveries asked for: at most 1,000 wait, the rest are recorded as not sent.
    expect(server.mock.deliveries.pending).toBeLessThanOrEqual(1000);

    const readMs: number[] = [];
    const until = Date.now() + 3_000;
    while (Date.now() < until) {
      const started = performance.now();
      const read = await fetch(`${server.url}/apidata.php?action=getallcustomers&api_key=${DEFAULT_API_KEY}`);
      await read.arrayBuffer();
      expect(read.status).toBe(200);
      readMs.push(performance.now() - started);
    }
    const listStarted = performance.now();
    const listed = (await (await fetch(`${server.url}/__mock/deliveries?limit=500`)).json()) as {
      deliveries: unknown[];
      next: string | null;
    };
    const listMs = performance.now() - listStarted;
    expect(listed.deliveries).toHaveLength(500);
    expect(listed.next).not.toBeNull();

    const sorted = readMs.slice().sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    console.log(
      `webhook soak: 100 subscriptions x 30 creates on a closed port; pending ${server.mock.deliveries.pending}; ` +
        `create max ${Math.max(...createMs).toFixed(1)} ms; ${readMs.length} reads p50 ${p(0.5)} ms p99 ${p(0.99)} ms; ` +
        `a page of 500 deliveries ${listMs.toFixed(1)} ms; heap +${heapMb.toFixed(0)} MB`,
    );
    server.mock.deliveries.clear();
    await server.close();
  });
});
