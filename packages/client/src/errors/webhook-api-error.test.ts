import { describe, expect, test } from 'vitest';
import { fakeFetch, json } from '../../test/support/fake-fetch.js';
import { createClient } from '../create-client.js';
import { WebhookApiError } from './webhook-api-error.js';

describe('webhook-management failures', () => {
  test.each([
    ['subscribe', 'subscribe_customer', 'Invalid API key'],
    ['unsubscribe', 'unsubscribe_customer', 'Webhook not found'],
  ] as const)('%s turns {success:false, message} into a WebhookApiError', async (method, action, message) => {
    const client = createClient({
      apiKey: 'test-key-123',
      fetch: fakeFetch(json(400, { success: false, message })),
    });
    const call =
      method === 'subscribe'
        ? client.subscribe({ hookUrl: 'https://example.com/h', type: 'customer_status_change' })
        : client.unsubscribe('https://example.com/h');
    const error = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebhookApiError);
    expect(error).toMatchObject({ action, status: 400, serverMessage: message });
    expect((error as Error).message).toBe(`${action} failed (HTTP 400): ${message}`);
  });
});
