import { describe, expect, test } from 'vitest';
import { createMockApi, DEFAULT_API_KEY, FAULT_HEADER, type MockApi } from '../../src/index.js';

const call = (mock: MockApi, method: string, path: string, query: string, body?: unknown, headers = {}) => {
  const response = mock.handle({
    method,
    path,
    query: new URLSearchParams(query),
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: JSON.parse(response.body) as Record<string, unknown> };
};
const read = (mock: MockApi, key: string, headers = {}) =>
  call(mock, 'GET', '/apidata.php', `action=getallcustomers&api_key=${key}`, undefined, headers);
const tenant = (mock: MockApi) =>
  call(mock, 'POST', '/__mock/tenants', '', {}).json as { companyId: number; apiKey: string };

describe('tenant scoping', () => {
  test('a fault queued for one tenant is taken by its own request, not by another tenant', () => {
    const mock = createMockApi();
    const a = tenant(mock);
    const b = tenant(mock);
    expect(
      call(mock, 'POST', '/__mock/faults', '', {
        action: 'getallcustomers',
        code: 'RATE_LIMITED',
        companyId: a.companyId,
      }).status,
    ).toBe(201);
    expect(read(mock, b.apiKey).status).toBe(200);
    expect(read(mock, DEFAULT_API_KEY).status).toBe(200);
    expect(read(mock, a.apiKey).status).toBe(429);
  });

  test('a tenant can queue its own faults by its key, and list and clear only its own', () => {
    const mock = createMockApi();
    const a = tenant(mock);
    const b = tenant(mock);
    call(mock, 'POST', '/__mock/faults', `api_key=${a.apiKey}`, { action: '*', code: 'UNKNOWN', count: 5 });
    call(mock, 'POST', '/__mock/faults', `api_key=${b.apiKey}`, { action: '*', code: 'UNKNOWN', count: 5 });
    expect(
      (call(mock, 'GET', '/__mock/faults', `companyId=${a.companyId}`).json.faults as unknown[]).length,
    ).toBe(1);
    call(mock, 'DELETE', '/__mock/faults', `api_key=${a.apiKey}`);
    expect(read(mock, a.apiKey).status).toBe(200);
    expect(read(mock, b.apiKey).status).toBe(500);
  });

  test('a wrong key with a fault header answers 401, not the fault', () => {
    const mock = createMockApi();
    const answer = read(mock, 'sp_mock_not_a_key_at_all', { [FAULT_HEADER]: 'UNKNOWN' });
    expect(answer.status).toBe(401);
    expect(answer.json.code).toBe('INVALID_API_KEY');
  });

  test('a faulted request is journalled with its company', () => {
    const mock = createMockApi();
    const a = tenant(mock);
    expect(read(mock, a.apiKey, { [FAULT_HEADER]: 'RATE_LIMITED' }).status).toBe(429);
    const [entry] = mock.journal.entries({ companyId: a.companyId });
    expect(entry).toMatchObject({ status: 429, code: 'RATE_LIMITED', companyId: a.companyId });
  });

  test("clearing one tenant's journal keeps the others'", () => {
    const mock = createMockApi();
    const a = tenant(mock);
    read(mock, a.apiKey);
    read(mock, DEFAULT_API_KEY);
    call(mock, 'DELETE', '/__mock/journal', `companyId=${a.companyId}`);
    expect(mock.journal.entries().map((e) => e.companyId)).toEqual([1]);
  });

  test('an unknown company in a scoped control request is refused', () => {
    const mock = createMockApi();
    expect(call(mock, 'DELETE', '/__mock/faults', 'companyId=999').status).toBe(404);
    expect(call(mock, 'POST', '/__mock/faults', '', { action: '*', companyId: 999 }).status).toBe(404);
  });

  test("a tenant reset drops the tenant's webhook deliveries and their retries, and keeps the others'", async () => {
    // Every receiver fails, so each delivery stays pending with a retry queued.
    const mock = createMockApi({
      webhooks: { fetch: async () => new Response('no', { status: 500 }), backoffMs: 60_000 },
    });
    const a = tenant(mock);
    const b = tenant(mock);
    for (const key of [a.apiKey, b.apiKey]) {
      call(mock, 'POST', '/apidata.php', `action=subscribe_customer&api_key=${key}`, {
        hookUrl: 'https://hooks.test/h',
        type_request: 'customer_created',
      });
      const data = {
        firstname: 'Ada',
        surname: 'L',
        email: 'ada@example.com.au',
        phone1: '0412 345 678',
        type: 'RESIDENTIAL',
      };
      expect(
        call(mock, 'POST', '/apidata.php', `action=createcustomer&api_key=${key}`, { data }).status,
      ).toBe(200);
    }
    await expect.poll(() => mock.deliveries.list().filter((d) => d.attempts.length === 1).length).toBe(2);
    expect(mock.deliveries.pending).toBe(2);

    expect(call(mock, 'POST', '/__mock/reset', `companyId=${a.companyId}`).json).toMatchObject({
      subscriptions: 0,
      cleared: { deliveries: 1 },
    });
    expect(mock.deliveries.list().map((d) => d.companyId)).toEqual([b.companyId]);
    expect(mock.deliveries.pending).toBe(1);
    expect(mock.world.subscriptions(b.companyId)).toHaveLength(1);
    mock.deliveries.clear();
    await mock.deliveries.idle();
  });

  test("a tenant reset keeps every other company's cached pages and serves the seeded page of its own again", () => {
    const mock = createMockApi();
    const a = tenant(mock);
    const page = (key: string) =>
      mock.handle({
        method: 'GET',
        path: '/apidata.php',
        query: new URLSearchParams(`action=getallcustomers&api_key=${key}`),
        headers: {},
        body: undefined,
      });
    const seededOfA = page(a.apiKey);
    const cachedOfDefault = page(DEFAULT_API_KEY);
    expect(page(DEFAULT_API_KEY)).toBe(cachedOfDefault); // a hit answers the very response it kept
    const first = (JSON.parse(seededOfA.body) as Array<{ customer_id: string }>)[0]!;
    call(mock, 'POST', `/__mock/customers/${first.customer_id}/notes`, '', { note: 'Called' });
    expect(page(a.apiKey).body).not.toBe(seededOfA.body);

    call(mock, 'POST', '/__mock/reset', `companyId=${a.companyId}`);
    expect(page(a.apiKey).body).toBe(seededOfA.body);
    expect(page(DEFAULT_API_KEY)).toBe(cachedOfDefault);
  });

  test('queued faults and tenants are bounded, with clear errors', () => {
    const mock = createMockApi({ otherCustomers: 0 });
    for (let i = 0; i < 1000; i += 1) call(mock, 'POST', '/__mock/faults', '', { action: 'getcustomerid' });
    const fault = call(mock, 'POST', '/__mock/faults', '', { action: 'getcustomerid' });
    expect(fault).toMatchObject({
      status: 400,
      json: { message: expect.stringMatching(/At most 1000 faults/) },
    });
    for (let i = 0; i < 100; i += 1)
      expect(call(mock, 'POST', '/__mock/tenants', '', { customers: 0 }).status).toBe(201);
    const over = call(mock, 'POST', '/__mock/tenants', '', { customers: 0 });
    expect(over).toMatchObject({
      status: 400,
      json: { message: expect.stringMatching(/At most 100 tenants/) },
    });
  });
});
