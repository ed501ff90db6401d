import { describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY, OTHER_API_KEY } from '../../src/index.js';
import { expectApiError, newCustomer } from '../support/scenario-helpers.js';
import type { ScenarioRequest } from '../support/target.js';
import type { ScenarioContext } from './scenario-context.js';
/** The scenarios of the write actions, run through every transport. */
export function writeScenarios({
  send,
  get,
  write,
  world,
  defaultCompany,
  otherCompany,
}: ScenarioContext): void {
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
}
