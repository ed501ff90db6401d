import { getallcustomers, getcustomerByemail, getcustomerofproject } from '@solarproof/schemas';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY, OTHER_API_KEY } from '../src/index.js';
import { expectApiError, expectWebhookError, newCustomer } from './support/scenario-helpers.js';
import type { ScenarioRequest, Target } from './support/target.js';

/**
 * The behaviour of the fake, written once and run through every transport. Each test starts from
 * the seeded world (the control API's reset) with the mock checking its own answers against the spec.
 */
export function defineScenarios(makeTarget: () => Promise<Target>): void {
  let target: Target;
  const ready = makeTarget().then((t) => {
    target = t;
  });
  const send = async (request: ScenarioRequest, key: string | null = DEFAULT_API_KEY) => {
    await ready;
    const query =
      request.rawQuery === undefined && key !== null ? { ...request.query, api_key: key } : request.query;
    return target.send({ ...request, ...(query ? { query } : {}) });
  };
  const get = (query: Record<string, string>, key: string | null = DEFAULT_API_KEY) => send({ query }, key);
  const write = (action: string, data: unknown, method = 'POST', key: string | null = DEFAULT_API_KEY) =>
    send({ method, query: { action }, body: { data } }, key);
  const world = () => target.mock.world;
  const defaultCompany = () => world().companyByApiKey(DEFAULT_API_KEY)!;
  const otherCompany = () => world().companyByApiKey(OTHER_API_KEY)!;
  const tenant = async (customers: number) => {
    const response = await send({ method: 'POST', path: '/__mock/tenants', body: { customers } }, null);
    expect(response.status).toBe(201);
    return response.json as { apiKey: string; companyId: number; users: string[] };
  };

  beforeEach(async () => {
    await ready;
    const response = await send({ method: 'POST', path: '/__mock/reset' }, null);
    expect(response.status).toBe(200);
  });
  afterAll(async () => {
    await ready;
    await target.close();
  });

  describe('getallcustomers', () => {
    test('answers 50 customers a page, in the documented shape', async () => {
      const response = await get({ action: 'getallcustomers', page: '1' });
      expect(response.status).toBe(200);
      expect(getallcustomers.responses[200].parse(response.json)).toHaveLength(50);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    });

    test('defaults to page 1 and walks the 130 seeded customers over three pages', async () => {
      const first = await get({ action: 'getallcustomers' });
      const pages = await Promise.all(
        ['1', '2', '3'].map((page) => get({ action: 'getallcustomers', page })),
      );
      expect(first.text).toBe(pages[0]?.text);
      const ids = pages.flatMap((page) =>
        (page.json as Array<{ customer_id: string }>).map((c) => c.customer_id),
      );
      expect(ids).toHaveLength(130);
      expect(new Set(ids).size).toBe(130);
    });

    test.each([
      [49, [49]],
      [50, [50]],
      [51, [50, 1]],
      [100, [50, 50]],
    ])('pages a company of %i customers as %j, then answers NO_CUSTOMERS_FOUND', async (count, sizes) => {
      const { apiKey } = await tenant(count);
      for (const [index, size] of sizes.entries()) {
        const page = await get({ action: 'getallcustomers', page: String(index + 1) }, apiKey);
        expect((page.json as unknown[]).length).toBe(size);
      }
      const past = await get({ action: 'getallcustomers', page: String(sizes.length + 1) }, apiKey);
      expectApiError(past, 404, 'NO_CUSTOMERS_FOUND');
    });

    test('answers NO_CUSTOMERS_FOUND for a company with no customers', async () => {
      const { apiKey } = await tenant(0);
      expectApiError(
        await get({ action: 'getallcustomers' }, apiKey),
        404,
        'NO_CUSTOMERS_FOUND',
        /No customers exist/,
      );
    });

    test.each(['0', '-1', 'abc', '1.5', '', '0x2'])(
      'answers INVALID_PARAMETERS for page %j',
      async (page) => {
        expectApiError(await get({ action: 'getallcustomers', page }), 400, 'INVALID_PARAMETERS', /page/);
      },
    );

    test.each([
      ['a missing key', null, /missing/],
      ['a wrong key', 'sp_not_a_key', /invalid/],
    ])('answers INVALID_API_KEY for %s', async (_name, key, message) => {
      expectApiError(await get({ action: 'getallcustomers' }, key), 401, 'INVALID_API_KEY', message);
    });

    test("shows only the key company's customers", async () => {
      const other = await get({ action: 'getallcustomers' }, OTHER_API_KEY);
      const ids = new Set((other.json as Array<{ customer_id: string }>).map((c) => Number(c.customer_id)));
      expect(ids.size).toBe(world().customerCount(otherCompany().id));
      for (const id of ids) expect(world().customer(id)?.companyId).toBe(otherCompany().id);
    });
  });

  describe('getcustomerByemail and getcustomerid', () => {
    test.each(['getcustomerByemail', 'getcustomerid'])(
      '%s returns the full customer, found case-insensitively',
      async (action) => {
        const customer = world().customersPage(defaultCompany().id, 1, 1)[0]!;
        const response = await get({ action, customer_email: customer.email.toUpperCase() });
        expect(response.status).toBe(200);
        const body = getcustomerByemail.responses[200].parse(response.json);
        expect(body.customer_id).toBe(String(customer.id));
      },
    );

    test.each(['getcustomerByemail', 'getcustomerid'])(
      '%s answers CUSTOMER_NOT_FOUND for an unknown email',
      async (action) => {
        expectApiError(
          await get({ action, customer_email: 'nobody@example.com' }),
          404,
          'CUSTOMER_NOT_FOUND',
        );
      },
    );

    test.each(['getcustomerByemail', 'getcustomerid'])(
      "%s does not find another company's customer",
      async (action) => {
        const foreign = world().customersPage(otherCompany().id, 1, 1)[0]!;
        expectApiError(await get({ action, customer_email: foreign.email }), 404, 'CUSTOMER_NOT_FOUND');
      },
    );

    test.each(['getcustomerByemail', 'getcustomerid'])(
      '%s answers INVALID_PARAMETERS without customer_email',
      async (action) => {
        expectApiError(await get({ action }), 400, 'INVALID_PARAMETERS', /customer_email/);
      },
    );
  });

  describe('getcustomerofproject', () => {
    const projects = () => world().projectsOfCompany(defaultCompany().id);

    test("returns the project's customer in camelCase", async () => {
      const project = projects().find((p) => p.customerId !== null)!;
      const response = await get({ action: 'getcustomerofproject', project_id: String(project.id) });
      const body = getcustomerofproject.responses[200].parse(response.json);
      expect(body.Customer.customerID).toBe(project.customerId);
      expect(body.Message).toBe('Customer details retrieved successfully!');
    });

    test.each([
      ['an unknown project', (): string | undefined => '999999', 404, 'PROJECT_NOT_FOUND'],
      [
        "another company's project",
        (): string | undefined => String(world().projectsOfCompany(otherCompany().id)[0]!.id),
        403,
        'UNAUTHORISED',
      ],
      [
        'a project with no customer',
        (): string | undefined => String(projects().find((p) => p.customerId === null)!.id),
        404,
        'NO_CUSTOMER_ASSIGNED',
      ],
      ['a missing project_id', (): string | undefined => undefined, 400, 'INVALID_PARAMETERS'],
      ['a project_id that is not a number', (): string | undefined => 'abc', 400, 'INVALID_PARAMETERS'],
    ] as const)('answers %s with %i %s', async (_name, id, status, code) => {
      const projectId = id();
      const query: Record<string, string> = { action: 'getcustomerofproject' };
      if (projectId !== undefined) query.project_id = projectId;
      expectApiError(await get(query), status, code);
    });
  });

  describe('createcustomer', () => {
    test('creates a customer that every read then shows', async () => {
      const created = await write('createcustomer', newCustomer('reads', { apikey: DEFAULT_API_KEY }));
      expect(created.status).toBe(200);
      const { id } = created.json as { id: string };
      expect(created.json).toEqual({ Message: 'Customer created successfully!', id });
      for (const action of ['getcustomerByemail', 'getcustomerid']) {
        const found = await get({ action, customer_email: 'ada.reads@example.com.au' });
        expect((found.json as { customer_id: string }).customer_id).toBe(id);
      }
      const lastPage = await get({ action: 'getallcustomers', page: '3' });
      const ids = (lastPage.json as Array<{ customer_id: string }>).map((c) => c.customer_id);
      expect(ids.at(-1)).toBe(id);
    });

    test('accepts the key in the body alone', async () => {
      const response = await write(
        'createcustomer',
        newCustomer('bodykey', { apikey: DEFAULT_API_KEY }),
        'POST',
        null,
      );
      expect(response.status).toBe(200);
    });

    test('gives the customer to the user useremail names', async () => {
      const user = world().usersOfCompany(defaultCompany().id).at(-1)!;
      const response = await write('createcustomer', newCustomer('owned', { useremail: user.email }));
      const stored = world().customer(Number((response.json as { id: string }).id));
      expect(stored?.ownerUserId).toBe(user.id);
    });

    test.each([
      [
        'a duplicate email (any case)',
        () =>
          newCustomer('x', {
            email: world().customersPage(defaultCompany().id, 1, 1)[0]!.email.toUpperCase(),
          }),
        409,
        'DUPLICATE_EMAIL',
        /already exists/,
      ],
      [
        'an unknown useremail',
        () => newCustomer('u', { useremail: 'ghost@example.com' }),
        404,
        'USER_NOT_FOUND',
        /ghost@example.com/,
      ],
      [
        'a missing firstname',
        () => ({ ...newCustomer('f'), firstname: undefined }),
        400,
        'INVALID_PARAMETERS',
        /^Required field 'firstname' is missing$/,
      ],
      [
        'a bad email',
        () => newCustomer('e', { email: 'not-an-email' }),
        400,
        'INVALID_PARAMETERS',
        /^The field 'email' is invalid/,
      ],
      [
        'an unknown type',
        () => newCustomer('t', { type: 'Residential' }),
        400,
        'INVALID_PARAMETERS',
        /^The field 'type' is invalid/,
      ],
      [
        'a firstname of the wrong type',
        () => newCustomer('w', { firstname: 42 }),
        400,
        'INVALID_PARAMETERS',
        /^The field 'firstname' is invalid: .*expected string/,
      ],
      [
        'data.action naming another action',
        () => newCustomer('a', { action: 'deletecustomer' }),
        400,
        'INVALID_PARAMETERS',
        /action/,
      ],
      [
        'a body key that differs from the query key',
        () => newCustomer('k', { apikey: OTHER_API_KEY }),
        401,
        'INVALID_API_KEY',
        /differ/,
      ],
    ] as const)('answers %s with %i %s', async (_name, data, status, code, message) => {
      expectApiError(await write('createcustomer', data()), status, code, message);
    });

    test.each([
      [
        'no body',
        { method: 'POST', query: { action: 'createcustomer' } },
        400,
        'INVALID_PARAMETERS',
        /Empty request body/,
      ],
      [
        'malformed JSON',
        { method: 'POST', query: { action: 'createcustomer' }, body: '{"data": {' },
        400,
        'INVALID_PARAMETERS',
        /not valid JSON/,
      ],
      [
        'a form-encoded body',
        {
          method: 'POST',
          query: { action: 'createcustomer' },
          body: 'data=x',
          contentType: 'application/x-www-form-urlencoded',
        },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        /application\/json/,
      ],
      [
        'no data envelope',
        { method: 'POST', query: { action: 'createcustomer' }, body: { firstname: 'x' } },
        400,
        'INVALID_PARAMETERS',
        /'data' is missing/,
      ],
      ['GET', { method: 'GET', query: { action: 'createcustomer' } }, 405, 'METHOD_NOT_ALLOWED', /POST/],
    ] as const)('answers %s with %i %s', async (_name, request, status, code, message) => {
      expectApiError(await send(request as ScenarioRequest), status, code, message);
    });

    test('stores nothing when it refuses a request', async () => {
      const before = world().customerCount(defaultCompany().id);
      await write('createcustomer', { ...newCustomer('n'), surname: '' });
      await send({ method: 'POST', query: { action: 'createcustomer' }, body: '{"data"' });
      expect(world().customerCount(defaultCompany().id)).toBe(before);
    });
  });

  describe('updatecustomer', () => {
    const first = () => world().customersPage(defaultCompany().id, 1, 1)[0]!;

    test.each(['POST', 'PUT'])('changes only the fields given, by %s', async (method) => {
      const customer = first();
      const before = { ...customer };
      const response = await write(
        'updatecustomer',
        { action: 'updatecustomer', pkcustomerid: customer.id, phone1: '0400 999 888' },
        method,
      );
      expect(response.json).toEqual({
        Message: 'Customer updated successfully!',
        CustomerId: String(customer.id),
      });
      const after = world().customer(customer.id)!;
      expect(after.phone1).toBe('0400 999 888');
      expect({ ...after, phone1: before.phone1 }).toEqual(before);
    });

    test('accepts the id as a string of digits, as the legacy example sends it', async () => {
      const response = await write('updatecustomer', { pkcustomerid: String(first().id), surname: 'B' });
      expect(response.status).toBe(200);
    });

    test.each([
      [
        'an unknown id',
        () => ({ pkcustomerid: 1, surname: 'X' }),
        404,
        'CUSTOMER_NOT_FOUND',
        /No customer exists with ID: 1$/,
      ],
      [
        "another company's customer",
        () => ({ pkcustomerid: world().customersPage(otherCompany().id, 1, 1)[0]!.id, surname: 'X' }),
        403,
        'PERMISSION_DENIED',
        /permission/,
      ],
      ['a missing pkcustomerid', () => ({ surname: 'X' }), 400, 'INVALID_PARAMETERS', /pkcustomerid/],
      [
        'nothing to change',
        () => ({ pkcustomerid: first().id }),
        400,
        'INVALID_PARAMETERS',
        /Nothing to update/,
      ],
      [
        'an email another customer has',
        () => ({
          pkcustomerid: first().id,
          email: world().customersPage(defaultCompany().id, 2, 1)[0]!.email,
        }),
        400,
        'INVALID_PARAMETERS',
        /already has email/,
      ],
    ] as const)('answers %s with %i %s', async (_name, data, status, code, message) => {
      expectApiError(await write('updatecustomer', data()), status, code, message);
    });

    test('answers UPDATE_FAILED when the fault header asks for it, and changes nothing', async () => {
      const customer = first();
      const response = await send({
        method: 'POST',
        query: { action: 'updatecustomer' },
        body: { data: { pkcustomerid: customer.id, surname: 'Changed' } },
        headers: { 'x-solarproof-mock-fault': 'UPDATE_FAILED' },
      });
      expectApiError(response, 500, 'UPDATE_FAILED');
      expect(world().customer(customer.id)?.surname).toBe(customer.surname);
    });
  });

  describe('deletecustomer', () => {
    test.each(['POST', 'DELETE'])(
      'removes the customer for good and leaves its projects unassigned, by %s',
      async (method) => {
        const project = world()
          .projectsOfCompany(defaultCompany().id)
          .find((p) => p.customerId !== null)!;
        const customer = world().customer(project.customerId!)!;
        const response = await write(
          'deletecustomer',
          { action: 'deletecustomer', pkcustomerid: customer.id },
          method,
        );
        expect(response.json).toEqual({
          Message: 'Customer Deleted Permanently!',
          CustomerId: String(customer.id),
        });
        expectApiError(
          await get({ action: 'getcustomerid', customer_email: customer.email }),
          404,
          'CUSTOMER_NOT_FOUND',
        );
        expectApiError(
          await get({ action: 'getcustomerofproject', project_id: String(project.id) }),
          404,
          'NO_CUSTOMER_ASSIGNED',
        );
        expectApiError(
          await write('deletecustomer', { pkcustomerid: customer.id }),
          404,
          'CUSTOMER_NOT_FOUND',
          /The specified customer does not exist/,
        );
      },
    );

    test("answers PERMISSION_DENIED for another company's customer", async () => {
      const foreign = world().customersPage(otherCompany().id, 1, 1)[0]!;
      expectApiError(await write('deletecustomer', { pkcustomerid: foreign.id }), 403, 'PERMISSION_DENIED');
      expect(world().customer(foreign.id)).toBeDefined();
    });

    test('answers DELETION_FAILED when a queued fault asks for it, and deletes nothing', async () => {
      const customer = world().customersPage(defaultCompany().id, 1, 1)[0]!;
      const fault = await send(
        {
          method: 'POST',
          path: '/__mock/faults',
          body: { action: 'deletecustomer', code: 'DELETION_FAILED' },
        },
        null,
      );
      expect(fault.status).toBe(201);
      expectApiError(await write('deletecustomer', { pkcustomerid: customer.id }), 500, 'DELETION_FAILED');
      expect(world().customer(customer.id)).toBeDefined();
      expect((await write('deletecustomer', { pkcustomerid: customer.id })).status).toBe(200);
    });
  });

  describe('subscribe_customer and unsubscribe_customer', () => {
    const hook = (body: unknown, action = 'subscribe_customer', method = 'POST') =>
      send({ method, query: { action }, body });

    test('subscribes, then unsubscribes every event of the URL', async () => {
      const hookUrl = 'https://example.com/hooks/solarproof';
      for (const type_request of ['customer_created', 'customer_status_change']) {
        expect((await hook({ hookUrl, type_request })).json).toEqual({
          success: true,
          message: 'Webhook subscribed successfully',
        });
      }
      expect(world().subscriptions(defaultCompany().id)).toHaveLength(2);
      expect((await hook({ hookUrl }, 'unsubscribe_customer', 'DELETE')).json).toEqual({
        success: true,
        message: 'Webhook unsubscribed successfully',
      });
      expect(world().subscriptions(defaultCompany().id)).toHaveLength(0);
      expectWebhookError(
        await hook({ hookUrl }, 'unsubscribe_customer'),
        'No matching webhook found for this user',
      );
    });

    test.each([
      ['no body', undefined, 'Empty request body'],
      ['malformed JSON', '{"hookUrl":', 'Invalid JSON'],
      ['no hookUrl', { type_request: 'customer_created' }, 'hookUrl parameter is required'],
      [
        'a URL without a protocol',
        { hookUrl: 'example.com/hook', type_request: 'customer_created' },
        'Invalid webhook URL format',
      ],
      [
        'contract_signed',
        { hookUrl: 'https://example.com/h', type_request: 'contract_signed' },
        'Invalid webhook type',
      ],
    ])('subscribe answers %s with its documented message', async (_name, body, message) => {
      expectWebhookError(await hook(body), message);
    });

    test('answers a wrong key with the documented message', async () => {
      const response = await send(
        {
          method: 'POST',
          query: { action: 'subscribe_customer' },
          body: { hookUrl: 'https://e.com/h', type_request: 'customer_created' },
        },
        'bad-key',
      );
      expectWebhookError(response, 'Invalid API key');
    });
  });

  describe('routing', () => {
    test.each([
      ['a missing action', { query: {} }, /Missing action/],
      ['an unknown action', { query: { action: 'getcustomers' } }, /Unknown action 'getcustomers'/],
      [
        'an action in the wrong case',
        { query: { action: 'GETALLCUSTOMERS' } },
        /case-sensitive, did you mean 'getallcustomers'/,
      ],
      ['another path', { path: '/api/customers' }, /every action is at \/apidata.php/],
    ] as const)('answers %s with NOT_FOUND', async (_name, request, message) => {
      expectApiError(await send(request as ScenarioRequest), 404, 'NOT_FOUND', message);
    });

    test('lets the last of repeated parameters win, as PHP does', async () => {
      const response = await send(
        { rawQuery: `action=getcustomerid&action=getallcustomers&api_key=${DEFAULT_API_KEY}` },
        null,
      );
      expect(response.status).toBe(200);
      expect(Array.isArray(response.json)).toBe(true);
    });

    test('answers PAYLOAD_TOO_LARGE for a body over 1 MiB', async () => {
      const body = JSON.stringify({ data: { ...newCustomer('big'), companyname: 'x'.repeat(1_100_000) } });
      expectApiError(
        await send({ method: 'POST', query: { action: 'createcustomer' }, body }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
    });
  });

  describe('the control API', () => {
    test('queues faults: RATE_LIMITED with Retry-After for the next two calls, then normal answers', async () => {
      await send(
        {
          method: 'POST',
          path: '/__mock/faults',
          body: { action: 'getallcustomers', code: 'RATE_LIMITED', count: 2, retryAfterSeconds: 3 },
        },
        null,
      );
      for (let i = 0; i < 2; i += 1) {
        const limited = await get({ action: 'getallcustomers' });
        expectApiError(limited, 429, 'RATE_LIMITED');
        expect(limited.headers.get('retry-after')).toBe('3');
      }
      expect((await get({ action: 'getallcustomers' })).status).toBe(200);
    });

    test("keeps tenants apart: neither sees the other's customers", async () => {
      const a = await tenant(3);
      const b = await tenant(3);
      expect(a.apiKey).not.toBe(b.apiKey);
      const created = await write('createcustomer', newCustomer('tenant'), 'POST', a.apiKey);
      expect(created.status).toBe(200);
      expectApiError(
        await get({ action: 'getcustomerid', customer_email: 'ada.tenant@example.com.au' }, b.apiKey),
        404,
        'CUSTOMER_NOT_FOUND',
      );
      const bPage = await get({ action: 'getallcustomers' }, b.apiKey);
      expect((bPage.json as unknown[]).length).toBe(3);
    });

    test('journals requests without the API key', async () => {
      await get({ action: 'getallcustomers' });
      await write('createcustomer', newCustomer('journal', { apikey: DEFAULT_API_KEY }));
      const journal = await send({ path: '/__mock/journal' }, null);
      const text = JSON.stringify(journal.json);
      expect(text).toContain('getallcustomers');
      expect(text).toContain('api_key=***');
      expect(text).not.toContain(DEFAULT_API_KEY);
    });

    test('changes a status as the web app would', async () => {
      const customer = world().customersPage(defaultCompany().id, 1, 1)[0]!;
      const response = await send(
        { method: 'POST', path: `/__mock/customers/${customer.id}/status`, body: { status: 2 } },
        null,
      );
      expect(response.json).toMatchObject({ customerId: customer.id, newStatus: 2 });
      const read = await get({ action: 'getcustomerid', customer_email: customer.email });
      expect((read.json as { customer_status: string }).customer_status).toBe('Signed');
    });

    test('resets the world to its seed', async () => {
      const before = (await get({ action: 'getallcustomers', page: '3' })).text;
      await write('createcustomer', newCustomer('reset'));
      await send({ method: 'POST', path: '/__mock/reset' }, null);
      expect((await get({ action: 'getallcustomers', page: '3' })).text).toBe(before);
    });
  });
}
