import { describe, expect, test } from 'vitest';
import { fakeFetch, json, type Reply } from '../test/support/fake-fetch.js';
import { samplePage } from '../test/support/sample-customer.js';
import { createClient } from './create-client.js';
import { SolarProofApiError } from './errors/solar-proof-api-error.js';

const noMore = json(404, { code: 'NO_CUSTOMERS_FOUND', message: 'No customers found on this page' });
const page = (size: number, offset = 0): Reply => json(200, samplePage(size, offset));
/** A reply that never comes: the request ends only when its signal aborts. */
const untilAborted: Reply = ({ signal }) =>
  new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));

const rows: [string, { replies: Reply[]; startPage?: number; customers: number; pages: string[] }][] = [
  ['a short first page ends at once', { replies: [page(3)], customers: 3, pages: ['1'] }],
  ['an empty first page ends at once', { replies: [page(0)], customers: 0, pages: ['1'] }],
  ['NO_CUSTOMERS_FOUND on the first page yields nothing', { replies: [noMore], customers: 0, pages: ['1'] }],
  [
    'full pages continue until a short page',
    { replies: [page(50), page(50, 50), page(7, 100)], customers: 107, pages: ['1', '2', '3'] },
  ],
  [
    'full pages continue until an empty page',
    { replies: [page(50), page(0)], customers: 50, pages: ['1', '2'] },
  ],
  [
    'full pages continue until NO_CUSTOMERS_FOUND',
    { replies: [page(50), page(50, 50), noMore], customers: 100, pages: ['1', '2', '3'] },
  ],
  [
    'startPage picks the first page requested',
    { replies: [page(2)], startPage: 4, customers: 2, pages: ['4'] },
  ],
];

describe('iterateCustomers', () => {
  test.each(rows)('%s', async (_name, { replies, startPage, customers, pages }) => {
    // Without prefetch the requests are exactly the pages read; with it, the same customers come.
    for (const prefetch of [false, true, 1, 3]) {
      const fetch = fakeFetch(...replies);
      const client = createClient({ apiKey: 'test-key-123', fetch });
      const seen: string[] = [];
      for await (const customer of client.iterateCustomers({ startPage, prefetch }))
        seen.push(customer.customer_id);
      expect(seen).toHaveLength(customers);
      expect(new Set(seen).size).toBe(customers);
      const requested = fetch.requests.map((request) => request.url.searchParams.get('page'));
      if (prefetch === false) expect(requested).toEqual(pages);
      else expect(requested.slice(0, pages.length)).toEqual(pages);
    }
  });

  test('by default two pages after a full one are requested, and those past the last page are aborted', async () => {
    const fetch = fakeFetch(page(50), page(50, 50), page(7, 100), untilAborted);
    const client = createClient({ apiKey: 'test-key-123', fetch });
    let requestedWhileReadingPage1 = 0;
    let seen = 0;
    for await (const _customer of client.iterateCustomers()) {
      seen += 1;
      if (seen === 1) requestedWhileReadingPage1 = fetch.requests.length;
    }
    expect(seen).toBe(107);
    expect(requestedWhileReadingPage1).toBe(3);
    expect(fetch.requests.map((request) => request.url.searchParams.get('page'))).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(fetch.requests.map((request) => request.signal?.aborted)).toEqual([false, false, false, true]);
  });

  test('prefetch: 1 keeps one page ahead', async () => {
    const fetch = fakeFetch(page(50), page(50, 50), page(7, 100));
    const client = createClient({ apiKey: 'test-key-123', fetch });
    let requestedWhileReadingPage1 = 0;
    let seen = 0;
    for await (const _customer of client.iterateCustomers({ prefetch: 1 })) {
      seen += 1;
      if (seen === 1) requestedWhileReadingPage1 = fetch.requests.length;
    }
    expect(requestedWhileReadingPage1).toBe(2);
    expect(fetch.requests.map((request) => request.url.searchParams.get('page'))).toEqual(['1', '2', '3']);
  });

  test.each([-1, 1.5, 9, Number.NaN])(
    'prefetch %s is refused with a RangeError before any request',
    async (prefetch) => {
      const fetch = fakeFetch(page(50));
      const client = createClient({ apiKey: 'test-key-123', fetch });
      const run = async () => {
        for await (const _customer of client.iterateCustomers({ prefetch })) break;
      };
      await expect(run()).rejects.toThrow(RangeError);
      expect(fetch.requests).toHaveLength(0);
    },
  );

  test('other errors end the loop by throwing', async () => {
    const fetch = fakeFetch(page(50), json(401, { code: 'INVALID_API_KEY', message: 'bad key' }));
    const client = createClient({ apiKey: 'test-key-123', fetch });
    const seen: unknown[] = [];
    const run = async () => {
      for await (const customer of client.iterateCustomers()) seen.push(customer);
    };
    await expect(run()).rejects.toBeInstanceOf(SolarProofApiError);
    expect(seen).toHaveLength(50);
  });

  test('with prefetch off, a page is requested only when the loop asks for more', async () => {
    const fetch = fakeFetch(page(50), page(50, 50));
    const client = createClient({ apiKey: 'test-key-123', fetch });
    for await (const _customer of client.iterateCustomers({ prefetch: false })) break;
    expect(fetch.requests).toHaveLength(1);
  });

  test('the pages after a full one are requested while the loop reads it, and a break aborts them', async () => {
    const fetch = fakeFetch(page(50), untilAborted);
    const client = createClient({ apiKey: 'test-key-123', fetch });
    let requestedWhileReading = 0;
    for await (const _customer of client.iterateCustomers()) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      requestedWhileReading = fetch.requests.length;
      break;
    }
    expect(requestedWhileReading).toBe(3);
    expect(fetch.requests.map((request) => request.url.searchParams.get('page'))).toEqual(['1', '2', '3']);
    expect(fetch.requests.slice(1).map((request) => request.signal?.aborted)).toEqual([true, true]);
  });

  test('pages fetched ahead that fail are dropped when the loop ends first', async () => {
    const fetch = fakeFetch(page(50), json(401, { code: 'INVALID_API_KEY', message: 'bad key' }));
    const client = createClient({ apiKey: 'test-key-123', fetch });
    let seen = 0;
    for await (const _customer of client.iterateCustomers()) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      seen += 1;
      if (seen === 10) break;
    }
    expect(seen).toBe(10);
    expect(fetch.requests).toHaveLength(3);
  });

  test("the caller's signal aborts the walk with its reason", async () => {
    const fetch = fakeFetch(page(50), page(50, 50), page(3, 100));
    const client = createClient({ apiKey: 'test-key-123', fetch });
    const controller = new AbortController();
    const reason = new Error('stop');
    const run = async () => {
      for await (const _customer of client.iterateCustomers({}, { signal: controller.signal })) {
        controller.abort(reason);
      }
    };
    await expect(run()).rejects.toBe(reason);
    expect(fetch.requests.map((request) => request.signal?.aborted)).toEqual([false, true, true]);
  });
});
