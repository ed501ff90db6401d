import { describe, expect, test } from 'vitest';
import { FAULT_HEADER } from '../core/forced-fault.js';
import type { MockRequest } from '../core/mock-request.js';
import { DEFAULT_API_KEY } from '../world/create-world.js';
import { createMockApi } from './create-mock-api.js';
import { ParsedReads } from './parsed-reads.js';

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
    const created = mock.handle({
      method: 'POST',
      path: '/__mock/tenants',
      query: new URLSearchParams(),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ customers: 3 }),
    });
    const { apiKey } = JSON.parse(created.body) as { apiKey: string };
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

describe('ParsedReads', () => {
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

  test('keeps only GETs, and not query texts over 1024 characters', () => {
    const reads = new ParsedReads();
    reads.remember('POST', 'a=1', read);
    reads.remember('GET', `a=${'x'.repeat(1024)}`, read);
    reads.remember('GET', 'a=2', read);
    expect(reads.lookup('POST', 'a=1', mock.world, interpretationOf)).toBeUndefined();
    expect(reads.lookup('GET', 'a=1', mock.world, interpretationOf)).toBeUndefined();
    expect(reads.lookup('GET', `a=${'x'.repeat(1024)}`, mock.world, interpretationOf)).toBeUndefined();
    expect(reads.lookup('GET', 'a=2', mock.world, interpretationOf)).toBe(read);
  });

  test('lets the oldest entry go when full', () => {
    const reads = new ParsedReads(2);
    for (const text of ['a=1', 'a=2', 'a=3']) reads.remember('GET', text, read);
    expect(reads.lookup('GET', 'a=1', mock.world, interpretationOf)).toBeUndefined();
    expect(reads.lookup('GET', 'a=3', mock.world, interpretationOf)).toBe(read);
  });

  test("forgets an entry whose key no longer finds its company's record, or whose reading changed", () => {
    const reads = new ParsedReads();
    reads.remember('GET', 'a=1', { ...read, company: { ...company } });
    expect(reads.lookup('GET', 'a=1', mock.world, interpretationOf)).toBeUndefined();
    reads.remember('GET', 'a=2', read);
    expect(reads.lookup('GET', 'a=2', mock.world, () => ({ ...mock.interpretation }))).toBeUndefined();
    expect(reads.lookup('GET', 'a=2', mock.world, interpretationOf)).toBeUndefined();
  });
});
