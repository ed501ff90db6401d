import { describe, expect, test } from 'vitest';
import { fakeFetch, json, type SeenRequest } from '../test/support/fake-fetch.js';
import { loadExample } from '../test/support/fixtures.js';
import { sampleCustomer } from '../test/support/sample-customer.js';
import { createClient, type SolarProofClient } from './create-client.js';

const KEY = 'test-key-123';
const webhookOk = { success: true, message: 'Webhook subscribed successfully' };

type Row = [
  string,
  {
    call: (client: SolarProofClient) => Promise<unknown>;
    answer: unknown;
    want: { method: string; action: string; query?: Record<string, string>; body?: unknown };
  },
];

const rows: Row[] = [
  [
    'listCustomers sends page in the query',
    {
      call: (client) => client.listCustomers({ page: 3 }),
      answer: [],
      want: { method: 'GET', action: 'getallcustomers', query: { page: '3' } },
    },
  ],
  [
    'listCustomers without a page sends no page',
    {
      call: (client) => client.listCustomers(),
      answer: [],
      want: { method: 'GET', action: 'getallcustomers', query: {} },
    },
  ],
  [
    'getCustomerByEmail sends customer_email and the capital-B action',
    {
      call: (client) => client.getCustomerByEmail('a+b@example.com'),
      answer: sampleCustomer(),
      want: { method: 'GET', action: 'getcustomerByemail', query: { customer_email: 'a+b@example.com' } },
    },
  ],
  [
    'getCustomerId sends customer_email',
    {
      call: (client) => client.getCustomerId('a@example.com'),
      answer: sampleCustomer(),
      want: { method: 'GET', action: 'getcustomerid', query: { customer_email: 'a@example.com' } },
    },
  ],
  [
    'getCustomerOfProject sends project_id',
    {
      call: (client) => client.getCustomerOfProject(1640),
      answer: loadExample('getcustomerofproject-response.json'),
      want: { method: 'GET', action: 'getcustomerofproject', query: { project_id: '1640' } },
    },
  ],
  [
    'createCustomer posts the fields in the data envelope with apikey and action',
    {
      call: (client) =>
        client.createCustomer({
          firstname: 'Judy',
          surname: 'Matherson',
          email: 'judy@example.com',
          phone1: '0411',
          type: 'RESIDENTIAL',
          gststatus: 1,
        }),
      answer: { Message: 'Customer created successfully', id: '79461' },
      want: {
        method: 'POST',
        action: 'createcustomer',
        body: {
          data: {
            apikey: KEY,
            action: 'createcustomer',
            firstname: 'Judy',
            surname: 'Matherson',
            email: 'judy@example.com',
            phone1: '0411',
            type: 'RESIDENTIAL',
            gststatus: 1,
          },
        },
      },
    },
  ],
  [
    'updateCustomer posts pkcustomerid and only the changed fields',
    {
      call: (client) => client.updateCustomer(79461, { phone1: '0400' }),
      answer: { Message: 'Customer updated successfully', CustomerId: '79461' },
      want: {
        method: 'POST',
        action: 'updatecustomer',
        body: { data: { apikey: KEY, action: 'updatecustomer', pkcustomerid: 79461, phone1: '0400' } },
      },
    },
  ],
  [
    'deleteCustomer posts pkcustomerid as the documented integer, even when given the string a read answered',
    {
      call: (client) => client.deleteCustomer('79461'),
      answer: { Message: 'Customer deleted successfully', CustomerId: '79461' },
      want: {
        method: 'POST',
        action: 'deletecustomer',
        body: { data: { apikey: KEY, action: 'deletecustomer', pkcustomerid: 79461 } },
      },
    },
  ],
  [
    'deleteCustomer keeps an id beyond the exact integers as text rather than round it to another id',
    {
      call: (client) => client.deleteCustomer('9007199254740993'),
      answer: { Message: 'Customer deleted successfully', CustomerId: '9007199254740993' },
      want: {
        method: 'POST',
        action: 'deletecustomer',
        body: { data: { apikey: KEY, action: 'deletecustomer', pkcustomerid: '9007199254740993' } },
      },
    },
  ],
  [
    'subscribe posts the raw hookUrl and type_request body',
    {
      call: (client) => client.subscribe({ hookUrl: 'https://example.com/hook', type: 'customer_created' }),
      answer: webhookOk,
      want: {
        method: 'POST',
        action: 'subscribe_customer',
        body: { hookUrl: 'https://example.com/hook', type_request: 'customer_created' },
      },
    },
  ],
  [
    'unsubscribe posts the raw hookUrl body',
    {
      call: (client) => client.unsubscribe('https://example.com/hook'),
      answer: webhookOk,
      want: { method: 'POST', action: 'unsubscribe_customer', body: { hookUrl: 'https://example.com/hook' } },
    },
  ],
];

function queryOf(request: SeenRequest): Record<string, string> {
  const { action: _action, api_key: _key, ...rest } = Object.fromEntries(request.url.searchParams);
  return rest;
}

describe('each method builds its action request', () => {
  test.each(rows)('%s', async (_name, { call, answer, want }) => {
    const fetch = fakeFetch(json(200, answer));
    await call(createClient({ apiKey: KEY, fetch }));
    const [request] = fetch.requests;
    expect(fetch.requests).toHaveLength(1);
    expect(request?.method).toBe(want.method);
    expect(`${request?.url.origin}${request?.url.pathname}`).toBe('https://solarproof.com.au/apidata.php');
    expect(request?.url.searchParams.get('action')).toBe(want.action);
    expect(request?.url.searchParams.get('api_key')).toBe(KEY);
    if (want.query) expect(queryOf(request as SeenRequest)).toEqual(want.query);
    expect(request?.headers.Accept).toBe('application/json');
    if (want.body === undefined) {
      expect(request?.body).toBeUndefined();
      expect(request?.headers['Content-Type']).toBeUndefined();
    } else {
      expect(request?.body).toEqual(want.body);
      expect(request?.headers['Content-Type']).toBe('application/json');
    }
  });
});

describe('the client', () => {
  test('puts action then api_key first in the query, as the docs write the URL', async () => {
    const fetch = fakeFetch(json(200, []));
    await createClient({ apiKey: KEY, fetch }).listCustomers({ page: 2 });
    expect(fetch.requests[0]?.url.search).toBe(`?action=getallcustomers&api_key=${KEY}&page=2`);
  });

  test.each([
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010/apidata.php'],
    ['http://127.0.0.1:4010/', 'http://127.0.0.1:4010/apidata.php'],
    ['https://proxy.example.com/solarproof/', 'https://proxy.example.com/solarproof/apidata.php'],
  ])('sends requests for baseUrl %s to %s', async (baseUrl, endpoint) => {
    const fetch = fakeFetch(json(200, []));
    await createClient({ apiKey: KEY, baseUrl, fetch }).listCustomers();
    const url = fetch.requests[0]?.url;
    expect(`${url?.origin}${url?.pathname}`).toBe(endpoint);
  });

  test('does not let fields given from JavaScript override the key, action or id', async () => {
    const fetch = fakeFetch(json(200, { Message: 'ok', CustomerId: '5' }));
    const patch = { apikey: 'other', action: 'deletecustomer', pkcustomerid: 9, phone1: '1' };
    await createClient({ apiKey: KEY, fetch }).updateCustomer(5, patch as never);
    expect(fetch.requests[0]?.body).toEqual({
      data: { apikey: KEY, action: 'updatecustomer', pkcustomerid: 5, phone1: '1' },
    });
  });

  test('returns the documented page of getallcustomers', async () => {
    const example = loadExample('getallcustomers-response.json');
    const client = createClient({ apiKey: KEY, fetch: fakeFetch(json(200, example)) });
    await expect(client.listCustomers()).resolves.toEqual(example);
  });

  test('unwraps the customer of getcustomerofproject from its envelope', async () => {
    const example = loadExample('getcustomerofproject-response.json') as { Customer: unknown };
    const client = createClient({ apiKey: KEY, fetch: fakeFetch(json(200, example)) });
    await expect(client.getCustomerOfProject(1640)).resolves.toEqual(example.Customer);
  });

  test('offers the customer id of getcustomerid as a number', async () => {
    const example = loadExample('getcustomerByemail-response.json');
    const client = createClient({ apiKey: KEY, fetch: fakeFetch(json(200, example)) });
    await expect(client.findCustomerId('john.smith@example.com')).resolves.toBe(71705);
  });

  test('looks up the global fetch at call time, so that a fetch patched later is used', async () => {
    const original = globalThis.fetch;
    const fetch = fakeFetch(json(200, []));
    const client = createClient({ apiKey: KEY });
    globalThis.fetch = fetch as typeof globalThis.fetch;
    try {
      await client.listCustomers();
    } finally {
      globalThis.fetch = original;
    }
    expect(fetch.requests).toHaveLength(1);
  });

  test.each([
    ['an empty key', { apiKey: '' }],
    ['a zero timeout', { apiKey: KEY, timeoutMs: 0 }],
    ['negative retries', { apiKey: KEY, retry: { retries: -1 } }],
    ['a maximum delay under the minimum', { apiKey: KEY, retry: { minDelayMs: 10, maxDelayMs: 5 } }],
  ])('refuses %s before any request', (_name, options) => {
    expect(() => createClient(options)).toThrow(/createClient/);
  });
});
