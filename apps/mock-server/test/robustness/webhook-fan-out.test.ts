import { hostname } from 'node:os';
import { afterEach, describe, expect, test } from 'vitest';
import {
  createMockApi,
  createSolarProofHandlers,
  DEFAULT_API_KEY,
  type MockApi,
  type MockOptions,
} from '../../src/index.js';
import { type RunningMockServer, startMockServer } from '../../src/node.js';
import { freePort } from '../support/receiver.js';
import { newCustomer } from '../support/scenario-helpers.js';

let server: RunningMockServer | undefined;
afterEach(async () => {
  server?.mock.deliveries.clear();
  await server?.close();
  server = undefined;
});

async function start(
  webhooks: MockOptions['webhooks'] = { backoffMs: 20, maxBackoffMs: 50, timeoutMs: 1000 },
) {
  server = await startMockServer({ port: 0, mock: createMockApi({ webhooks }) });
  return server;
}

async function call(url: string, action: string, body: unknown) {
  const response = await fetch(`${url}/apidata.php?action=${action}&api_key=${DEFAULT_API_KEY}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('webhooks aimed at the mock itself', () => {
  const forms = (port: number) => ({
    literals: [
      `http://127.0.0.1:${port}/__mock/reset`,
      `http://[::1]:${port}/__mock/reset`,
      `http://0.0.0.0:${port}/__mock/reset`,
      `http://127.1:${port}/__mock/reset`,
      `http://2130706433:${port}/__mock/reset`,
      `http://0x7f000001:${port}/__mock/reset`,
      `http://0177.0.0.1:${port}/__mock/reset`,
      `http://[::ffff:127.0.0.1]:${port}/__mock/reset`,
      `http://127.0.0.1:${port}/__mock/tenants`,
    ],
    // Names are resolved at delivery; the machine's own name resolves to one of its addresses.
    names: [`http://localhost:${port}/__mock/reset`, `http://${hostname()}:${port}/__mock/reset`],
  });

  test('are refused at subscribe, in the documented 400 shape, when the URL is an address of it', async () => {
    const { url, port, mock } = await start();
    for (const hookUrl of forms(port).literals) {
      const answer = await call(url, 'subscribe_customer', { hookUrl, type_request: 'customer_created' });
      expect(answer, hookUrl).toEqual({
        status: 400,
        json: { success: false, message: expect.stringMatching(/own address/) },
      });
    }
    expect(mock.world.subscriptions(1)).toEqual([]);
  });

  test('never reach its control API at delivery, whatever form of its address or name the URL uses', async () => {
    const { url, port, mock } = await start();
    const { literals, names } = forms(port);
    for (const hookUrl of names) {
      expect(
        (await call(url, 'subscribe_customer', { hookUrl, type_request: 'customer_created' })).status,
      ).toBe(200);
    }
    // Subscriptions that never met the subscribe check (replayed from a state file before the
    // server listened) are checked again at delivery.
    for (const hookUrl of literals) {
      mock.apply({ kind: 'subscribe', companyId: 1, hookUrl, event: 'customer_created', at: mock.now() });
    }
    const before = mock.world.customerCount(1);
    expect((await call(url, 'createcustomer', { data: newCustomer('self') })).status).toBe(200);
    await mock.deliveries.idle();

    expect(mock.world.customerCount(1)).toBe(before + 1); // no reset happened
    expect(mock.world.companies()).toHaveLength(2); // no tenant was made
    const deliveries = mock.deliveries.list();
    const refused = deliveries
      .filter((d) => d.state === 'failed' && /own address/.test(d.attempts[0]?.error ?? ''))
      .map((d) => d.hookUrl);
    expect(refused.sort()).toEqual([...names, ...literals].sort());
    for (const delivery of deliveries) expect(delivery.attempts).toHaveLength(1); // not retried
  });

  test('another port of the same host is still delivered to', async () => {
    const { url, mock } = await start();
    const closed = await freePort();
    await call(url, 'subscribe_customer', {
      hookUrl: `http://127.0.0.1:${closed}/hook`,
      type_request: 'customer_created',
    });
    await call(url, 'createcustomer', { data: newCustomer('other-port') });
    await mock.deliveries.idle();
    const [delivery] = mock.deliveries.list();
    expect(delivery?.attempts[0]?.error).toMatch(/could not be reached/);
  });
});

/** A customer made through `apply`, as an action would, so webhooks fan out without HTTP. */
function createDirectly(mock: MockApi, tag: string) {
  const company = mock.world.companyByApiKey(DEFAULT_API_KEY);
  if (!company) throw new Error('no default company');
  const { action: _action, ...input } = newCustomer(tag);
  mock.apply({
    kind: 'createCustomer',
    companyId: company.id,
    ownerUserId: company.keyOwnerUserId,
    input: { ...input, type: 'RESIDENTIAL', gststatus: 0 },
    at: mock.now(),
  });
}

describe('webhooks aimed at the MSW handlers themselves', () => {
  test('are refused before they are sent', async () => {
    const sent: string[] = [];
    const mock = createMockApi({
      webhooks: {
        fetch: async (url) => {
          sent.push(String(url));
          return new Response('ok');
        },
      },
    });
    createSolarProofHandlers({ mock });
    mock.apply({
      kind: 'subscribe',
      companyId: 1,
      hookUrl: 'https://solarproof.com.au/__mock/reset',
      event: 'customer_created',
      at: mock.now(),
    });
    mock.apply({
      kind: 'subscribe',
      companyId: 1,
      hookUrl: 'https://receiver.example/hook',
      event: 'customer_created',
      at: mock.now(),
    });
    createDirectly(mock, 'msw-self');
    await mock.deliveries.idle();
    expect(sent).toEqual(['https://receiver.example/hook']);
    const refused = mock.deliveries.list().find((d) => d.hookUrl.includes('solarproof.com.au'));
    expect(refused).toMatchObject({
      state: 'failed',
      attempts: [{ error: expect.stringMatching(/own origin/) }],
    });
  });
});

describe('webhook fan-out', () => {
  test('is bounded: pending deliveries, attempts in flight and records kept', async () => {
    let inFlight = 0;
    let most = 0;
    const mock = createMockApi({
      webhooks: {
        maxPending: 50,
        maxInFlight: 4,
        maxAttemptsPerSecond: 100_000,
        keepFinished: 30,
        maxAttempts: 1,
        fetch: async () => {
          inFlight += 1;
          most = Math.max(most, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 10));
          inFlight -= 1;
          throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
        },
      },
    });
    for (let i = 0; i < 20; i += 1) {
      mock.apply({
        kind: 'subscribe',
        companyId: 1,
        hookUrl: `http://127.0.0.1:9/${i}`,
        event: 'customer_created',
        at: mock.now(),
      });
    }
    for (let i = 0; i < 5; i += 1) {
      createDirectly(mock, `fan${i}`);
    }
    expect(mock.deliveries.pending).toBe(50);
    const dropped = mock.deliveries.list().filter((d) => d.state === 'failed');
    expect(dropped[0]?.attempts[0]?.error).toMatch(/Not sent: 50 deliveries were already waiting/);
    await mock.deliveries.idle();
    expect(most).toBe(4);
    expect(mock.deliveries.list()).toHaveLength(30);
  });

  test('starts at most maxAttemptsPerSecond attempts a second', async () => {
    const starts: number[] = [];
    const mock = createMockApi({
      webhooks: {
        maxAttemptsPerSecond: 50,
        fetch: async () => {
          starts.push(performance.now());
          return new Response('ok');
        },
      },
    });
    for (let i = 0; i < 10; i += 1) {
      mock.apply({
        kind: 'subscribe',
        companyId: 1,
        hookUrl: `http://127.0.0.1:9/${i}`,
        event: 'customer_created',
        at: mock.now(),
      });
    }
    createDirectly(mock, 'rate');
    await mock.deliveries.idle();
    expect(starts).toHaveLength(10);
    // 50 a second: 20 ms apart, so the ten span at least 180 ms (unlimited, they start within a
    // few ms). The fetch is called a few awaits after its slot starts, and a busy machine may delay
    // one of those by more than a millisecond: the span allows one spacing of that, a gap would not.
    expect((starts[9] as number) - (starts[0] as number)).toBeGreaterThanOrEqual(160);
  });

  test('lists deliveries a page at a time', () => {
    const mock = createMockApi({ webhooks: { fetch: async () => new Response('ok') } });
    for (let i = 0; i < 5; i += 1) {
      mock.apply({
        kind: 'subscribe',
        companyId: 1,
        hookUrl: `http://127.0.0.1:9/${i}`,
        event: 'customer_created',
        at: mock.now(),
      });
    }
    createDirectly(mock, 'paged');
    const answer = (query: string) =>
      JSON.parse(
        mock.handle({
          method: 'GET',
          path: '/__mock/deliveries',
          query: new URLSearchParams(query),
          headers: {},
          body: undefined,
        }).body,
      );
    const first = answer('limit=2');
    expect(first.deliveries).toHaveLength(2);
    const second = answer(`limit=2&after=${first.next}`);
    const third = answer(`limit=2&after=${second.next}`);
    expect(third).toMatchObject({ next: null });
    const ids = [...first.deliveries, ...second.deliveries, ...third.deliveries].map(
      (d: { id: string }) => d.id,
    );
    expect(new Set(ids).size).toBe(5);
  });

  test('a company may hold at most 100 subscriptions', async () => {
    const { url } = await start();
    for (let i = 0; i < 100; i += 1) {
      expect(
        (
          await call(url, 'subscribe_customer', {
            hookUrl: `http://127.0.0.1:9/${i}`,
            type_request: 'customer_created',
          })
        ).status,
      ).toBe(200);
    }
    const over = await call(url, 'subscribe_customer', {
      hookUrl: 'http://127.0.0.1:9/x',
      type_request: 'customer_created',
    });
    expect(over).toEqual({
      status: 400,
      json: { success: false, message: expect.stringMatching(/At most 100 webhook subscriptions/) },
    });
  });
});
