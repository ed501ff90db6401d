import { describe, expect, test } from 'vitest';
import { DEFAULT_API_KEY } from '../../src/index.js';
import { expectApiError, expectWebhookError, newCustomer } from '../support/scenario-helpers.js';
import type { ScenarioContext } from './scenario-context.js';
/** The scenarios of the control API, run through every transport. */
export function controlScenarios({ send, get, write, world, defaultCompany, tenant }: ScenarioContext): void {
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

    test.each([
      ['the fault header', { 'x-solarproof-mock-fault': 'INVALID_API_KEY' }, false],
      ['a queued fault', {}, true],
    ])(
      'forces INVALID_API_KEY on a webhook action in its documented shape, by %s',
      async (_name, headers, queue) => {
        if (queue) {
          const queued = await send(
            {
              method: 'POST',
              path: '/__mock/faults',
              body: { action: 'subscribe_customer', code: 'INVALID_API_KEY' },
            },
            null,
          );
          expect(queued.status).toBe(201);
        }
        const response = await send({
          method: 'POST',
          query: { action: 'subscribe_customer' },
          body: { hookUrl: 'https://example.com/h', type_request: 'customer_created' },
          headers,
        });
        expectWebhookError(response, 'Invalid API key');
        expect(world().subscriptions(defaultCompany().id)).toHaveLength(0);
      },
    );

    test.each([
      ['UPDATE_FAILED', 'getallcustomers', 'GET'],
      ['NO_CUSTOMER_ASSIGNED', 'updatecustomer', 'POST'],
    ])(
      'refuses to force %s on %s, which never answers it, naming the codes it can',
      async (code, action, method) => {
        const response = await send({
          method,
          query: { action },
          ...(method === 'POST' ? { body: { data: { pkcustomerid: 70001, surname: 'X' } } } : {}),
          headers: { 'x-solarproof-mock-fault': code },
        });
        expectApiError(
          response,
          400,
          'INVALID_PARAMETERS',
          new RegExp(`${action} never answers ${code}; a fault can force .*INVALID_API_KEY`),
        );
      },
    );

    test('refuses to queue a fault whose code the action never answers', async () => {
      const queued = await send(
        {
          method: 'POST',
          path: '/__mock/faults',
          body: { action: 'getallcustomers', code: 'UPDATE_FAILED' },
        },
        null,
      );
      expectApiError(queued, 400, 'INVALID_PARAMETERS', /getallcustomers never answers UPDATE_FAILED/);
      expect((await get({ action: 'getallcustomers' })).status).toBe(200);
    });

    test('refuses a forced code a webhook action never answers, in the webhook shape', async () => {
      const response = await send({
        method: 'POST',
        query: { action: 'unsubscribe_customer' },
        body: { hookUrl: 'https://example.com/h' },
        headers: { 'x-solarproof-mock-fault': 'CUSTOMER_NOT_FOUND' },
      });
      expectWebhookError(response, /unsubscribe_customer never answers CUSTOMER_NOT_FOUND/);
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
