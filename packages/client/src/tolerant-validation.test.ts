import type { Customer } from '@solarproof/schemas';
import { describe, expect, test, vi } from 'vitest';
import { fakeFetch, json, type Reply } from '../test/support/fake-fetch.js';
import {
  documentedCustomer,
  documentedProjectCustomer,
  systemSizeAs,
  unsetAsEmpty,
  unsetAsNull,
} from '../test/support/interpretations.js';
import { sampleCustomer, samplePage } from '../test/support/sample-customer.js';
import type { ClientOptions, Drift } from './client-options.js';
import { createClient } from './create-client.js';
import { ResponseValidationError } from './errors/response-validation-error.js';
import { SolarProofApiError } from './errors/solar-proof-api-error.js';
import { normalizeCustomer } from './normalize-customer.js';
import { normalizeProjectCustomer } from './normalize-project-customer.js';

const KEY = 'test-key-123';

function clientOf(replies: Reply[], options: Partial<ClientOptions> = {}) {
  const drifts: Drift[] = [];
  const fetch = fakeFetch(...replies);
  const client = createClient({
    apiKey: KEY,
    fetch,
    retry: { sleep: async () => undefined },
    onDrift: (drift) => drifts.push(drift),
    ...options,
  });
  return { client, drifts, fetch };
}

describe('the default (tolerant) validation, as an integrator meets the live API', () => {
  test('one null company_name on a page does not make the client reject the page', async () => {
    const page = samplePage(3);
    const withNull = [page[0], { ...page[1], company_name: null }, page[2]];
    const { client, drifts } = clientOf([json(200, withNull)]);
    const customers = await client.listCustomers();
    expect(customers).toHaveLength(3);
    expect(customers[1]?.company_name).toBe('');
    expect(drifts).toEqual([]);
  });

  const documented = documentedCustomer();
  const readings: [string, Customer][] = [
    ['as documented', documented],
    ['with every unset text null (rich object, owner_user_info, projects[])', unsetAsNull(documented)],
    ['with system_size a number everywhere', systemSizeAs(documented, 'number')],
    ['with system_size a "NN.NNkW" string everywhere', systemSizeAs(documented, 'kw')],
    ['with a new customer in status 1 (New Contacts)', { ...documented, customer_status: 'New Contacts' }],
    ['with notes null for none', { ...documented, customer_notes: null as never }],
  ];

  test.each(readings)(
    'a page %s is accepted without drift, in one normalised shape',
    async (_name, customer) => {
      const { client, drifts } = clientOf([json(200, [customer])]);
      const [got] = await client.listCustomers();
      expect(drifts).toEqual([]);
      const want = normalizeCustomer(documented);
      const normalised = normalizeCustomer(got as Customer);
      expect(normalised).toEqual({
        ...want,
        status: normalised.status,
        notes: customer.customer_notes === null ? [] : want.notes,
      });
    },
  );

  test.each(readings)(
    'normalizeCustomer reads a raw body %s (validate: off) the same way',
    (_name, customer) => {
      const want = normalizeCustomer(documented);
      const normalised = normalizeCustomer(customer);
      expect(normalised).toEqual({
        ...want,
        status: normalised.status,
        notes: customer.customer_notes === null ? [] : want.notes,
      });
    },
  );

  test.each([
    ['as documented (uid, ABN, contact time null)', documentedProjectCustomer()],
    ['with every unset text null, company fields too', unsetAsNull(documentedProjectCustomer())],
    ['with every unset text ""', unsetAsEmpty(documentedProjectCustomer())],
  ])('getcustomerofproject %s gives one normalised shape', async (_name, customer) => {
    const { client, drifts } = clientOf([json(200, { Message: 'ok', Customer: customer })]);
    const got = await client.getCustomerOfProject(1640);
    expect(drifts).toEqual([]);
    expect(normalizeProjectCustomer(got)).toEqual(normalizeProjectCustomer(documentedProjectCustomer()));
    expect(normalizeProjectCustomer(customer)).toEqual(normalizeProjectCustomer(documentedProjectCustomer()));
  });

  const pastTheEnd: [string, Reply][] = [
    ['200 []', json(200, [])],
    ['404 NO_CUSTOMERS_FOUND', json(404, { code: 'NO_CUSTOMERS_FOUND', message: 'No customers found' })],
    ['400 NO_CUSTOMERS_FOUND (400 for every error)', json(400, { code: 'NO_CUSTOMERS_FOUND', message: 'x' })],
    [
      '200 NO_CUSTOMERS_FOUND (errors with HTTP 200)',
      json(200, { code: 'NO_CUSTOMERS_FOUND', message: 'x' }),
    ],
  ];

  test.each(pastTheEnd)('iterateCustomers stops on a page past the end answered %s', async (_name, end) => {
    const { client, drifts, fetch } = clientOf([json(200, samplePage(50)), end]);
    let count = 0;
    // One page ahead, so that the requests are exactly the pages the walk reads.
    for await (const _customer of client.iterateCustomers({ prefetch: 1 })) count += 1;
    expect(count).toBe(50);
    expect(fetch.requests).toHaveLength(2);
    expect(drifts).toEqual([]);
  });

  test.each(pastTheEnd)(
    'iterateCustomers yields nothing for an empty account answered %s',
    async (_name, end) => {
      const { client } = clientOf([end]);
      const seen: unknown[] = [];
      for await (const customer of client.iterateCustomers()) seen.push(customer);
      expect(seen).toEqual([]);
    },
  );

  test.each([
    ['mapped per code (401)', 401],
    ['HTTP 200 with the error body', 200],
    ['400 for every error', 400],
  ])('an error answered %s is the typed API error, without drift', async (_name, status) => {
    const { client, drifts } = clientOf([json(status, { code: 'INVALID_API_KEY', message: 'Invalid key' })]);
    const error = await client.listCustomers().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SolarProofApiError);
    expect(error).toMatchObject({ code: 'INVALID_API_KEY', status, serverMessage: 'Invalid key' });
    expect(drifts).toEqual([]);
  });

  test('a rate limit answered with HTTP 200 is retried like a 429', async () => {
    const { client, fetch } = clientOf([
      json(200, { code: 'RATE_LIMITED', message: 'slow down' }),
      json(200, [sampleCustomer(1)]),
    ]);
    await expect(client.listCustomers()).resolves.toHaveLength(1);
    expect(fetch.requests).toHaveLength(2);
  });

  test('updatecustomer rejecting a duplicate email is the typed error, without drift', async () => {
    const { client, drifts } = clientOf([json(409, { code: 'DUPLICATE_EMAIL', message: 'taken' })]);
    await expect(client.updateCustomer(1, { email: 'a@example.com' })).rejects.toMatchObject({
      code: 'DUPLICATE_EMAIL',
    });
    expect(drifts).toEqual([]);
  });

  test('a webhook error with a null message is the typed webhook error', async () => {
    const { client, drifts } = clientOf([json(400, { success: false, message: null })]);
    await expect(client.unsubscribe('https://example.com/h')).rejects.toMatchObject({
      name: 'WebhookApiError',
      serverMessage: '',
    });
    expect(drifts).toEqual([]);
  });
});

describe('deviations no reading documents', () => {
  test.each([
    [
      'a customer_id sent as a number becomes its text',
      [sampleCustomer(1, { customer_id: 70001 as never })],
      { path: '$[0].customer_id', expected: 'string', received: 'number 70001' },
      (page: Customer[]) => expect(page[0]?.customer_id).toBe('70001'),
    ],
    [
      'a customer type in another case becomes the documented spelling',
      [sampleCustomer(1, { customer_type: 'residential' as never })],
      {
        path: '$[0].customer_type',
        expected: 'one of "Residential", "Commercial", "Large-Scale"',
        received: 'string "residential"',
      },
      (page: Customer[]) => expect(page[0]?.customer_type).toBe('Residential'),
    ],
    [
      'a missing second phone becomes ""',
      [(({ customer_phone_2: _phone, ...rest }) => rest)(sampleCustomer(1))],
      { path: '$[0].customer_phone_2', expected: 'string', received: 'missing' },
      (page: Customer[]) => expect(page[0]?.customer_phone_2).toBe(''),
    ],
  ])('%s, reported to onDrift', async (_name, body, drift, check) => {
    const { client, drifts } = clientOf([json(200, body)]);
    check(await client.listCustomers());
    expect(drifts).toEqual([{ action: 'getallcustomers', ...drift }]);
  });

  test('a GST flag sent as "1" becomes 1, reported to onDrift', async () => {
    const customer = { ...documentedProjectCustomer(), gstRegistered: '1' };
    const { client, drifts } = clientOf([json(200, { Message: 'ok', Customer: customer })]);
    expect((await client.getCustomerOfProject(1)).gstRegistered).toBe(1);
    expect(drifts).toEqual([
      {
        action: 'getcustomerofproject',
        path: '$.Customer.gstRegistered',
        expected: 'one of 0, 1',
        received: 'string "1"',
      },
    ]);
  });

  test('an error code the action does not know is still the typed error, reported to onDrift', async () => {
    const { client, drifts } = clientOf([json(401, { code: 'API_KEY_INVALID', message: 'legacy' })]);
    await expect(client.listCustomers()).rejects.toMatchObject({ code: 'API_KEY_INVALID', status: 401 });
    expect(drifts).toHaveLength(1);
    expect(drifts[0]).toMatchObject({
      action: 'getallcustomers',
      path: '$.code',
      received: 'string "API_KEY_INVALID"',
    });
  });

  test.each([
    [
      'a customer type no reading has',
      [sampleCustomer(1, { customer_type: 'Industrial' as never })],
      '$[0].customer_type',
    ],
    ['no owner at all', [sampleCustomer(1, { owner_user_info: null as never })], '$[0].owner_user_info'],
    ['an object where a page belongs', { customers: [] }, '$'],
    ['an id that is no number', [sampleCustomer(1, { customer_id: 'abc' })], '$[0].customer_id'],
  ])('%s cannot be used: a ResponseValidationError naming the path', async (_name, body, path) => {
    const onDrift = vi.fn();
    const { client } = clientOf([json(200, body)], { onDrift });
    const error = await client.listCustomers().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toContain(path);
  });

  test("validate: 'strict' rejects the null company_name that tolerant accepts", async () => {
    const { client } = clientOf([json(200, [sampleCustomer(1, { company_name: null as never })])], {
      validate: 'strict',
    });
    await expect(client.listCustomers()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  test('drift reports never carry the API key, even when the API echoes it', async () => {
    const { client, drifts } = clientOf([json(400, { code: `BAD_${KEY}`, message: 'x' })]);
    await client.listCustomers().catch(() => undefined);
    expect(drifts).toHaveLength(1);
    expect(JSON.stringify(drifts)).not.toContain(KEY);
  });
});
