import { describe, expect, test } from 'vitest';
import { fakeFetch, json } from '../../test/support/fake-fetch.js';
import { sampleCustomer } from '../../test/support/sample-customer.js';
import { createClient } from '../create-client.js';
import { ResponseValidationError } from './response-validation-error.js';

const KEY = 'test-key-123';

async function failure(body: unknown, status = 200): Promise<ResponseValidationError> {
  const client = createClient({
    apiKey: KEY,
    retry: false,
    validate: 'strict',
    fetch: fakeFetch(json(status, body)),
  });
  const error = await client.listCustomers().catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ResponseValidationError);
  return error as ResponseValidationError;
}

describe("responses that drifted from the spec, with validate: 'strict'", () => {
  test('name the action, the JSON path, what was expected and what came', async () => {
    const error = await failure([sampleCustomer(1), { ...sampleCustomer(2), customer_id: 70002 }]);
    expect(error.message).toBe(
      'getallcustomers answered HTTP 200 with a body that does not match the spec:\n' +
        '  $[1].customer_id: expected string, got number 70002',
    );
    expect(error.issues).toEqual([
      { path: '$[1].customer_id', expected: 'string', received: 'number 70002' },
    ]);
    expect(error.status).toBe(200);
  });

  test.each([
    [
      'a missing field',
      (() => {
        const { customer_email: _email, ...rest } = sampleCustomer();
        return [rest];
      })(),
      { path: '$[0].customer_email', expected: 'string', received: 'missing' },
    ],
    [
      'a value outside an enum',
      [sampleCustomer(1, { customer_type: 'Industrial' as never })],
      {
        path: '$[0].customer_type',
        expected: 'one of "Residential", "Commercial", "Large-Scale"',
        received: 'string "Industrial"',
      },
    ],
    [
      'a system size in a form neither documented',
      [
        sampleCustomer(1, {
          projects: [
            {
              project_id: '1',
              project_title: 'P',
              site_address: {
                streetnum: '1',
                street: 'S',
                suburb: 'S',
                state: 'NSW',
                postcode: '2000',
                country: 'AU',
              },
              solar_panel_quantity: '1',
              solar_panel_type: 't',
              inverter_quantity: '1',
              inverter_type: 't',
              system_size: '17.92 kilowatts',
              proposal_link: '',
            },
          ],
        }),
      ],
      {
        path: '$[0].projects[0].system_size',
        expected: 'a string matching /^[0-9]+(\\.[0-9]+)?kW$/',
        received: 'string "17.92 kilowatts"',
      },
    ],
    [
      'an object where a page was expected',
      { customers: [] },
      { path: '$', expected: 'array', received: 'object with keys customers' },
    ],
  ])('report %s', async (_name, body, issue) => {
    expect((await failure(body)).issues).toContainEqual(issue);
  });

  test('an error code the action does not document is drift too', async () => {
    const error = await failure({ code: 'API_KEY_INVALID', message: 'legacy' }, 401);
    expect(error.issues[0]).toMatchObject({ path: '$.code', received: 'string "API_KEY_INVALID"' });
    expect(error.issues[0]?.expected).toContain('"INVALID_API_KEY"');
  });

  test('lists five issues and counts the rest', async () => {
    const error = await failure(
      Array.from({ length: 8 }, (_, n) => ({ ...sampleCustomer(n), customer_id: n })),
    );
    expect(error.issues).toHaveLength(8);
    expect(error.message.split('\n')).toHaveLength(7);
    expect(error.message).toMatch(/\.\.\. and 3 more$/);
  });

  test.each([['off'], [false]] as const)('validate: %s hands the body over as it came', async (validate) => {
    const body = [{ customer_id: 1, surprise: true }];
    const client = createClient({ apiKey: KEY, validate, fetch: fakeFetch(json(200, body)) });
    await expect(client.listCustomers()).resolves.toEqual(body);
  });

  test('validate: true is strict', async () => {
    const client = createClient({
      apiKey: KEY,
      validate: true,
      fetch: fakeFetch(json(200, [sampleCustomer(1, { company_name: null as never })])),
    });
    await expect(client.listCustomers()).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
