import { webhookSchemas } from '@solarproof/schemas';
import { afterEach, describe, expect, test } from 'vitest';
import { createMockApi, DEFAULT_API_KEY, type MockOptions, OTHER_API_KEY } from '../src/index.js';
import { type RunningMockServer, startMockServer } from '../src/node.js';
import { freePort, type Receiver, startReceiver } from './support/receiver.js';
import { newCustomer } from './support/scenario-helpers.js';

const FAST: MockOptions['webhooks'] = { backoffMs: 20, maxBackoffMs: 200, timeoutMs: 1000 };
let server: RunningMockServer;
const receivers: Receiver[] = [];

async function start(webhooks: MockOptions['webhooks'] = FAST) {
  server = await startMockServer({ port: 0, mock: createMockApi({ validateResponses: true, webhooks }) });
}

async function call(action: string, body: unknown, key = DEFAULT_API_KEY) {
  const response = await fetch(`${server.url}/apidata.php?action=${action}&api_key=${key}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const subscribe = (hookUrl: string, type_request: string, key = DEFAULT_API_KEY) =>
  call('subscribe_customer', { hookUrl, type_request }, key);
const create = (tag: string, key = DEFAULT_API_KEY) =>
  call('createcustomer', { data: newCustomer(tag) }, key);

async function receiver(...args: Parameters<typeof startReceiver>) {
  const started = await startReceiver(...args);
  receivers.push(started);
  return started;
}

afterEach(async () => {
  server.mock.deliveries.clear();
  await server.close();
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

describe('webhook delivery', () => {
  test('POSTs customer_created (v2, one object) to a subscribed receiver when a customer is created', async () => {
    await start();
    const hook = await receiver();
    expect((await subscribe(hook.url, 'customer_created')).status).toBe(200);
    const created = await create('hook');
    const [event] = await hook.waitFor(1);
    const payload = webhookSchemas.customer_created.parse(event?.body);
    expect(payload).toMatchObject({
      customer_id: Number(created.json.id),
      customer_email: 'ada.hook@example.com.au',
    });
    expect(Array.isArray(event?.body)).toBe(false);
    expect(event?.headers['x-solarproof-event']).toBe('customer_created');
    expect(event?.headers['x-solarproof-delivery-id']).toMatch(/^[0-9a-f-]{36}$/);
    await server.mock.deliveries.idle();
    expect(server.mock.deliveries.list()).toEqual([
      expect.objectContaining({ state: 'delivered', attempts: [expect.objectContaining({ status: 200 })] }),
    ]);
  });

  test('sends the v1 payload when the mock is set to v1', async () => {
    await start({ ...FAST, version: 'v1' });
    const hook = await receiver();
    await subscribe(hook.url, 'customer_created');
    const created = await create('v1');
    const [event] = await hook.waitFor(1);
    expect(event?.body).toMatchObject({
      pkcustomerid: Number(created.json.id),
      customer_type: 'RESIDENTIAL',
      customer_status: 0,
    });
  });

  test('POSTs customer_status_change with the old and new status when the control API changes a status', async () => {
    await start();
    const hook = await receiver();
    await subscribe(hook.url, 'customer_status_change');
    const customer = server.mock.world.customersPage(
      server.mock.world.companyByApiKey(DEFAULT_API_KEY)!.id,
      1,
      1,
    )[0]!;
    const old = customer.statusId;
    const next = old === 2 ? 3 : 2;
    await fetch(`${server.url}/__mock/customers/${customer.id}/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: next }),
    });
    const [event] = await hook.waitFor(1);
    const payload = webhookSchemas.customer_status_change.parse(event?.body);
    expect(payload).toEqual([
      expect.objectContaining({ pkcustomerid: customer.id, old_status: old, new_status: next }),
    ]);
  });

  test('retries a receiver that is down for the first attempts, and it gets the event once', async () => {
    await start();
    const port = await freePort();
    await subscribe(`http://127.0.0.1:${port}/hooks/solarproof`, 'customer_created');
    await create('down');
    // Let two attempts fail against the closed port, then bring the receiver up on it.
    await expect
      .poll(() => server.mock.deliveries.list()[0]?.attempts.length ?? 0, { timeout: 5000 })
      .toBeGreaterThanOrEqual(2);
    const hook = await receiver(undefined, port);
    await hook.waitFor(1);
    await server.mock.deliveries.idle();
    const [delivery] = server.mock.deliveries.list();
    expect(delivery?.state).toBe('delivered');
    expect(delivery?.attempts.at(0)?.error).toMatch(/could not be reached/);
    expect(hook.received).toHaveLength(1);
  });

  test('retries a receiver that answers 5xx or takes longer than the timeout', async () => {
    await start({ ...FAST, timeoutMs: 150 });
    const hook = await receiver((n) =>
      n === 1 ? { status: 503 } : n === 2 ? { status: 200, delayMs: 400 } : { status: 200 },
    );
    await subscribe(hook.url, 'customer_created');
    await create('flaky');
    await server.mock.deliveries.idle();
    const [delivery] = server.mock.deliveries.list();
    expect(delivery?.attempts.map((a) => a.status ?? a.error)).toEqual([503, 'No answer within 150 ms', 200]);
  });

  test('gives up after the bounded number of attempts, and a replay sends it again', async () => {
    await start({ ...FAST, maxAttempts: 3 });
    let up = false;
    const hook = await receiver(() => ({ status: up ? 200 : 500 }));
    await subscribe(hook.url, 'customer_created');
    await create('gives-up');
    await server.mock.deliveries.idle();
    const [failed] = server.mock.deliveries.list();
    expect(failed).toMatchObject({
      state: 'failed',
      attempts: [{ status: 500 }, { status: 500 }, { status: 500 }],
    });
    up = true;
    const replay = await fetch(`${server.url}/__mock/deliveries/${failed?.id}/replay`, { method: 'POST' });
    expect(replay.status).toBe(202);
    const [event] = await hook.waitFor(1);
    expect(event?.headers['x-solarproof-delivery-id']).toBe(failed?.id);
  });

  test('stops delivering to a URL once it is unsubscribed', async () => {
    await start();
    const hook = await receiver();
    await subscribe(hook.url, 'customer_created');
    await create('before');
    await hook.waitFor(1);
    expect((await call('unsubscribe_customer', { hookUrl: hook.url })).status).toBe(200);
    await create('after');
    await server.mock.deliveries.idle();
    expect(hook.received).toHaveLength(1);
  });

  test("never sends one company's events to another company's subscriptions", async () => {
    await start();
    const mine = await receiver();
    const theirs = await receiver();
    await subscribe(mine.url, 'customer_created');
    await subscribe(theirs.url, 'customer_created', OTHER_API_KEY);
    await create('mine');
    await mine.waitFor(1);
    await server.mock.deliveries.idle();
    expect(theirs.received).toHaveLength(0);
    const listed = await (await fetch(`${server.url}/__mock/deliveries`)).json();
    expect(listed.deliveries).toHaveLength(1);
  });
});
