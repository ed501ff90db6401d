import { createMockApi, DEFAULT_API_KEY, type FaultRequest } from '@solarproof/mock-server';
import { type RunningMockServer, startMockServer } from '@solarproof/mock-server/node';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  createClient,
  NetworkError,
  SolarProofApiError,
  type SolarProofClient,
  SolarProofError,
  TimeoutError,
} from '../../src/index.js';

// The client against the HTTP mock with faults injected through the control API: reads recover
// within the retry budget, writes are sent once unless the caller asks, and every failure is typed.

let server: RunningMockServer;
let client: SolarProofClient;

beforeAll(async () => {
  server = await startMockServer({ port: 0, mock: createMockApi() });
});
afterAll(() => server.close());
beforeEach(async () => {
  await fetch(`${server.url}/__mock/reset`, { method: 'POST' });
  client = createClient({
    apiKey: DEFAULT_API_KEY,
    baseUrl: server.url,
    timeoutMs: 5000,
    retry: { retries: 3, minDelayMs: 10, maxDelayMs: 50 },
  });
});

async function inject(fault: FaultRequest): Promise<void> {
  const response = await fetch(`${server.url}/__mock/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  expect(response.status).toBe(201);
}

const calls = (action: string) =>
  server.mock.journal.entries().filter((entry) => entry.action === action).length;
const customer = (tag: string) => ({
  firstname: 'Grace',
  surname: 'Hopper',
  email: `grace.${tag}@example.com`,
  phone1: '0400 000 000',
  type: 'RESIDENTIAL' as const,
});

describe('the client under injected faults', () => {
  test('a read recovers from a burst of 5xx within its retry budget', async () => {
    await inject({ action: 'getallcustomers', code: 'UNKNOWN', count: 3 });
    expect(await client.listCustomers({ page: 1 })).toHaveLength(50);
    expect(calls('getallcustomers')).toBe(4);
  });

  test('a read that stays broken past the budget fails with the typed API error', async () => {
    await inject({ action: 'getallcustomers', code: 'UNKNOWN', count: 10 });
    const error = await client.listCustomers().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SolarProofApiError);
    expect(error).toMatchObject({ code: 'UNKNOWN', status: 500, action: 'getallcustomers' });
    expect(calls('getallcustomers')).toBe(4);
  });

  test('a read honours Retry-After on 429, then succeeds', async () => {
    await inject({ action: 'getcustomerofproject', code: 'RATE_LIMITED', retryAfterSeconds: 1 });
    const project = server.mock.world.projectsOfCompany(1).find((p) => p.customerId !== null)!;
    const started = Date.now();
    const found = await client.getCustomerOfProject(project.id);
    expect(found.customerID).toBe(project.customerId);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(calls('getcustomerofproject')).toBe(2);
  });

  test('a read recovers from a connection reset mid-body', async () => {
    await inject({ action: 'getallcustomers', reset: true });
    expect(await client.listCustomers({ page: 2 })).toHaveLength(50);
    expect(calls('getallcustomers')).toBe(2);
  });

  test('latency past the timeout is a TimeoutError that names the limit', async () => {
    await inject({ action: 'getallcustomers', latencyMs: 1500, count: 5 });
    const slow = createClient({ apiKey: DEFAULT_API_KEY, baseUrl: server.url, timeoutMs: 300 });
    const error = await slow.listCustomers().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toMatch(/300/);
  });

  test('a write that fails with 5xx is sent once and reported', async () => {
    await inject({ action: 'createcustomer', code: 'UNKNOWN' });
    const error = await client.createCustomer(customer('once')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'UNKNOWN', status: 500, action: 'createcustomer' });
    expect(calls('createcustomer')).toBe(1);
  });

  test('a write whose connection is reset mid-body is not sent again: a NetworkError, and the write stands', async () => {
    await inject({ action: 'createcustomer', reset: true });
    const error = await client.createCustomer(customer('reset')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(calls('createcustomer')).toBe(1);
    expect(server.mock.world.customerByEmail(1, 'grace.reset@example.com')).toBeDefined();
  });

  test('a write is retried only when the caller asks', async () => {
    await inject({ action: 'createcustomer', code: 'UNKNOWN' });
    const created = await client.createCustomer(customer('asked'), { retryWrites: true });
    expect(created.id).toMatch(/^[0-9]+$/);
    expect(calls('createcustomer')).toBe(2);
  });

  test('every failure above is a SolarProofError without the API key in it', async () => {
    const failures: unknown[] = [];
    await inject({ action: '*', code: 'UNKNOWN', count: 100 });
    failures.push(await client.listCustomers().catch((e: unknown) => e));
    failures.push(await client.createCustomer(customer('x')).catch((e: unknown) => e));
    await fetch(`${server.url}/__mock/faults`, { method: 'DELETE' });
    await inject({ action: 'getcustomerid', reset: true, count: 100 });
    failures.push(await client.findCustomerId('nobody@example.com').catch((e: unknown) => e));
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(SolarProofError);
      const error = failure as Error;
      for (const text of [error.message, String(error.stack), JSON.stringify(error), String(error)]) {
        expect(text).not.toContain(DEFAULT_API_KEY);
      }
    }
  });
});
