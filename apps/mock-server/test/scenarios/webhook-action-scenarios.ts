import { describe, expect, test } from 'vitest';
import { expectWebhookError } from '../support/scenario-helpers.js';
import type { ScenarioContext } from './scenario-context.js';
/** The scenarios of the webhook actions, run through every transport. */
export function webhookActionScenarios({ send, world, defaultCompany }: ScenarioContext): void {
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
}
