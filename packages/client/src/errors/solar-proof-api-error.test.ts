import { errorCodeTable, type OperationId } from '@solarproof/schemas';
import { describe, expect, test } from 'vitest';
import { fakeFetch, json } from '../../test/support/fake-fetch.js';
import { createClient, type SolarProofClient } from '../create-client.js';
import { isSolarProofApiError, SolarProofApiError } from './solar-proof-api-error.js';

/** The method that calls each action. */
const callers: Record<string, (client: SolarProofClient) => Promise<unknown>> = {
  getallcustomers: (client) => client.listCustomers({ page: 1 }),
  getcustomerByemail: (client) => client.getCustomerByEmail('a@example.com'),
  getcustomerid: (client) => client.getCustomerId('a@example.com'),
  getcustomerofproject: (client) => client.getCustomerOfProject(1),
  createcustomer: (client) =>
    client.createCustomer({
      firstname: 'A',
      surname: 'B',
      email: 'a@example.com',
      phone1: '1',
      type: 'COMMERCIAL',
    }),
  updatecustomer: (client) => client.updateCustomer(1, { phone1: '2' }),
  deletecustomer: (client) => client.deleteCustomer(1),
  subscribe_customer: (client) =>
    client.subscribe({ hookUrl: 'https://example.com/h', type: 'customer_created' }),
  unsubscribe_customer: (client) => client.unsubscribe('https://example.com/h'),
};

// Every (code, action) pair the spec's error table documents, at the status the table gives it.
const cases = errorCodeTable.flatMap((row) =>
  row.actions.map(
    (action) => [`${row.code} from ${action} (HTTP ${row.status})`, row.code, action, row.status] as const,
  ),
);

describe('documented error answers', () => {
  test.each(cases)(
    '%s becomes a SolarProofApiError with its code, status and action',
    async (_name, code, action, status) => {
      const call = callers[action];
      if (!call) throw new Error(`no caller for ${action}`);
      // retry: false so that the 429 and 500 rows are not retried.
      const client = createClient({
        apiKey: 'test-key-123',
        retry: false,
        fetch: fakeFetch(json(status, { code, message: `server says ${code}` })),
      });
      const error = await call(client).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SolarProofApiError);
      expect(error).toMatchObject({ code, status, action, serverMessage: `server says ${code}` });
      expect(isSolarProofApiError(error, action as OperationId)).toBe(true);
      expect((error as Error).message).toBe(
        `${action} failed with ${code} (HTTP ${status}): server says ${code}`,
      );
    },
  );

  test('an error body sent with HTTP 200 is still an error, as PHP APIs often do', async () => {
    const client = createClient({
      apiKey: 'test-key-123',
      fetch: fakeFetch(json(200, { code: 'INVALID_API_KEY', message: 'The provided API key is invalid' })),
    });
    await expect(client.listCustomers()).rejects.toMatchObject({ code: 'INVALID_API_KEY', status: 200 });
  });

  test('a rate-limit error carries the wait the server asked for', async () => {
    const client = createClient({
      apiKey: 'test-key-123',
      retry: false,
      fetch: fakeFetch(json(429, { code: 'RATE_LIMITED', message: 'slow down' }, { 'Retry-After': '7' })),
    });
    await expect(client.listCustomers()).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 7000 });
  });

  test('isSolarProofApiError tells actions apart, and operation ids map to their action', () => {
    const error = new SolarProofApiError<'updatecustomer'>({
      code: 'UPDATE_FAILED',
      serverMessage: 'failed',
      status: 500,
      action: 'updatecustomer',
    });
    expect(isSolarProofApiError(error, 'updatecustomer_put')).toBe(true);
    expect(isSolarProofApiError(error, 'deletecustomer')).toBe(false);
    expect(isSolarProofApiError(new Error('x'))).toBe(false);
  });
});
