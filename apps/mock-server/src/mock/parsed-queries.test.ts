import { describe, expect, test } from 'vitest';
import { FAULT_HEADER } from '../core/forced-fault.js';
import type { MockRequest } from '../core/mock-request.js';
import { DEFAULT_API_KEY } from '../world/create-world.js';
import { createMockApi } from './create-mock-api.js';
import { ParsedQueries } from './parsed-queries.js';

/** A request as the transport policy brings it: with its query text. */
const get = (text: string, headers: MockRequest['headers'] = {}): MockRequest => ({
  method: 'GET',
  path: '/apidata.php',
  query: new URLSearchParams(text),
  queryText: text,
  headers,
  body: undefined,
});
const page = (key: string, n = 1) => `action=getallcustomers&page=${n}&api_key=${key}`;

/** A tenant of three customers made through the control API; its API key. */
function createTenant(mock: ReturnType<typeof createMockApi>): string {
  const created = mock.handle({
    method: 'POST',
    path: '/__mock/tenants',
    query: new URLSearchParams(),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ customers: 3 }),
  });
  return (JSON.parse(created.body) as { apiKey: string }).apiKey;
}

describe('a read asked again with the same query text', () => {
  test('is answered the same each time, and each time is in the journal', () => {
    const mock = createMockApi();
    const first = mock.handle(get(page(DEFAULT_API_KEY)));
    const again = mock.handle(get(page(DEFAULT_API_KEY)));
    expect(again.status).toBe(200);
    expect(again.body).toBe(first.body);
    const entries = mock.journal.entries().slice(-2);
    expect(entries).toHaveLength(2);
    for (const entry of entries) expect(entry).toMatchObject({ action: 'getallcustomers', status: 200 });
  });

  test('is answered by a fault queued after it was first answered', () => {
    const mock = createMockApi();
    mock.handle(get(page(DEFAULT_API_KEY)));
    const company = mock.world.companyByApiKey(DEFAULT_API_KEY);
    mock.faults.add({ action: 'getallcustomers', code: 'RATE_LIMITED', companyId: company?.id });
    const faulted = mock.handle(get(page(DEFAULT_API_KEY)));
    expect(faulted.status).toBe(429);
    expect(mock.handle(get(page(DEFAULT_API_KEY))).status).toBe(200);
  });

  test('still honours a fault asked for by header', () => {
    const mock = createMockApi();
    mock.handle(get(page(DEFAULT_API_KEY)));
    const faulted = mock.handle(get(page(DEFAULT_API_KEY), { [FAULT_HEADER]: 'RATE_LIMITED' }));
    expect(faulted.status).toBe(429);
  });

  test("is refused once a reset took its tenant's key away", () => {
    const mock = createMockApi();
    const apiKey = createTenant(mock);
    expect(mock.handle(get(page(apiKey))).status).toBe(200);
    expect(mock.handle(get(page(apiKey))).status).toBe(200);
    mock.reset();
    const refused = mock.handle(get(page(apiKey)));
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'INVALID_API_KEY' });
  });

  test('that failed its checks fails them again', () => {
    const mock = createMockApi();
    const text = `action=getallcustomers&page=0&api_key=${DEFAULT_API_KEY}`;
    const first = mock.handle(get(text));
    expect(first.status).toBe(400);
    expect(mock.handle(get(text)).body).toBe(first.body);
  });
});

/** A write as the transport policy brings it: with its query text and a JSON body. */
const post = (text: string, body: unknown, headers: MockRequest['headers'] = {}): MockRequest => ({
  method: 'POST',
  path: '/apidata.php',
  query: new URLSearchParams(text),
  queryText: text,
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const update = (key: string) => `action=updatecustomer&api_key=${key}`;

describe('a write asked again with the same query text', () => {
  const setUp = () => {
    const mock = createMockApi({ customers: 3 });
    const company = mock.world.companyByApiKey(DEFAULT_API_KEY);
    if (!company) throw new Error('the default company is missing');
    const [first, second] = mock.world.customersPage(company.id, 1, 50);
    if (!first || !second) throw new Error('the world has too few customers');
    return { mock, first, second };
  };

  test('applies each body of its own', () => {
    const { mock, first, second } = setUp();
    for (const [customer, surname] of [
      [first, 'One'],
      [second, 'Two'],
      [first, 'Three'],
    ] as const) {
      const answer = mock.handle(
        post(update(DEFAULT_API_KEY), { data: { pkcustomerid: customer.id, surname } }),
      );
      expect(answer.status).toBe(200);
      expect(mock.world.customer(customer.id)?.surname).toBe(surname);
    }
    expect(mock.world.customer(second.id)?.surname).toBe('Two');
  });

  test('checks each body again: not JSON, not an object of the schema, not a customer', () => {
    const { mock, first } = setUp();
    expect(
      mock.handle(post(update(DEFAULT_API_KEY), { data: { pkcustomerid: first.id, surname: 'A' } })).status,
    ).toBe(200);
    const malformed = mock.handle(post(update(DEFAULT_API_KEY), '{"data":'));
    expect(JSON.parse(malformed.body)).toMatchObject({ code: 'INVALID_PARAMETERS' });
    const wrongType = mock.handle(post(update(DEFAULT_API_KEY), '{}', { 'content-type': 'text/plain' }));
    expect(JSON.parse(wrongType.body)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    const badEmail = mock.handle(
      post(update(DEFAULT_API_KEY), { data: { pkcustomerid: first.id, email: 'no' } }),
    );
    expect(JSON.parse(badEmail.body)).toMatchObject({ code: 'INVALID_PARAMETERS' });
    const missing = mock.handle(
      post(update(DEFAULT_API_KEY), { data: { pkcustomerid: 999_999, surname: 'B' } }),
    );
    expect(missing.status).toBe(404);
    expect(mock.world.customer(first.id)?.surname).toBe('A');
  });

  test('refuses a body key that is not the query key, and takes one that is', () => {
    const { mock, first } = setUp();
    const body = (apikey: string) => ({
      data: { pkcustomerid: first.id, surname: apikey.slice(-4), apikey },
    });
    expect(mock.handle(post(update(DEFAULT_API_KEY), body(DEFAULT_API_KEY))).status).toBe(200);
    const other = mock.handle(post(update(DEFAULT_API_KEY), body('sp_mock_not_the_query_key')));
    expect(other.status).toBe(401);
    expect(JSON.parse(other.body)).toMatchObject({ code: 'INVALID_API_KEY' });
    expect(other.body).not.toContain('sp_mock_not_the_query_key');
    expect(mock.world.customer(first.id)?.surname).toBe(DEFAULT_API_KEY.slice(-4));
  });

  test('is not remembered when only the body carried the key', () => {
    const { mock, first } = setUp();
    const text = 'action=updatecustomer';
    const withKey = { data: { pkcustomerid: first.id, surname: 'Keyed', apikey: DEFAULT_API_KEY } };
    expect(mock.handle(post(text, withKey)).status).toBe(200);
    const without = mock.handle(post(text, { data: { pkcustomerid: first.id, surname: 'Keyless' } }));
    expect(without.status).toBe(401);
    expect(mock.world.customer(first.id)?.surname).toBe('Keyed');
  });

  test('is answered by a fault queued after it was first answered, before its body is applied', () => {
    const { mock, first } = setUp();
    const company = mock.world.companyByApiKey(DEFAULT_API_KEY);
    expect(
      mock.handle(post(update(DEFAULT_API_KEY), { data: { pkcustomerid: first.id, surname: 'A' } })).status,
    ).toBe(200);
    mock.faults.add({ action: 'updatecustomer', code: 'RATE_LIMITED', companyId: company?.id });
    const faulted = mock.handle(
      post(update(DEFAULT_API_KEY), { data: { pkcustomerid: first.id, surname: 'B' } }),
    );
    expect(faulted.status).toBe(429);
    expect(mock.world.customer(first.id)?.surname).toBe('A');
  });

  test("is refused once a reset took its tenant's key away", () => {
    const mock = createMockApi();
    const apiKey = createTenant(mock);
    const company = mock.world.companyByApiKey(apiKey);
    const [customer] = mock.world.customersPage(company?.id ?? -1, 1, 50);
    const body = { data: { pkcustomerid: customer?.id, surname: 'Tenant' } };
    expect(mock.handle(post(update(apiKey), body)).status).toBe(200);
    mock.reset();
    expect(mock.handle(post(update(apiKey), body)).status).toBe(401);
  });
});

describe('ParsedQueries', () => {
  const mock = createMockApi();
  const company = mock.world.companyByApiKey(DEFAULT_API_KEY);
  if (!company) throw new Error('the default company is missing');
  const interpretationOf = () => mock.interpretation;
  const read = {
    name: 'getallcustomers',
    registered: {} as never,
    operationId: 'getallcustomers' as const,
    apiKey: DEFAULT_API_KEY,
    company,
    early: mock.interpretation,
    interpretation: mock.interpretation,
    query: Object.freeze({ page: 1 }),
  };

  test('keeps GETs and POSTs apart, no other method, and no query text over 1024 characters', () => {
    const reads = new ParsedQueries();
    reads.remember('POST', 'a=1', read);
    reads.remember('PUT', 'a=3', read);
    reads.remember('GET', `a=${'x'.repeat(1024)}`, read);
    reads.remember('GET', 'a=2', read);
    expect(reads.lookup('POST', 'a=1', mock.world, interpretationOf)).toBe(read);
    expect(reads.lookup('PUT', 'a=3', mock.world, interpretationOf)).toBeUndefined();
    expect(reads.lookup('GET', 'a=1', mock.world, interpretationOf)).toBeUndefined();
    expect(reads.lookup('GET', `a=${'x'.repeat(1024)}`, mock.world, interpretationOf)).toBeUndefined();
    expect(reads.lookup('GET', 'a=2', mock.world, interpretationOf)).toBe(read);
  });

  test('lets the oldest entry go when full', () => {
    const reads = new ParsedQueries(2);
    for (const text of ['a=1', 'a=2', 'a=3']) reads.remember('GET', text, read);
    expect(reads.lookup('GET', 'a=1', mock.world, interpretationOf)).toBeUndefined();
    expect(reads.lookup('GET', 'a=3', mock.world, interpretationOf)).toBe(read);
  });

  test("forgets an entry whose key no longer finds its company's record, or whose reading changed", () => {
    const reads = new ParsedQueries();
    reads.remember('GET', 'a=1', { ...read, company: { ...company } });
    expect(reads.lookup('GET', 'a=1', mock.world, interpretationOf)).toBeUndefined();
    reads.remember('GET', 'a=2', read);
    expect(reads.lookup('GET', 'a=2', mock.world, () => ({ ...mock.interpretation }))).toBeUndefined();
    expect(reads.lookup('GET', 'a=2', mock.world, interpretationOf)).toBeUndefined();
  });
});
