import { WebhookSuccess } from '@solarproof/schemas';
import { describe, expect } from 'vitest';
import type { SubscribeInput } from '../../src/customer-inputs.js';
import { WebhookApiError } from '../../src/errors/webhook-api-error.js';
import { type ContractContext, contractHookUrl, rejectionOf } from './contract-context.js';

/** Asserts the `{ success: false, message }` answer of a webhook action, as a typed error. */
async function expectWebhookError(call: Promise<unknown>, action: string, message: string): Promise<void> {
  const error = await rejectionOf(call);
  expect(error).toBeInstanceOf(WebhookApiError);
  expect(error).toMatchObject({ action, status: 400, serverMessage: message });
}

/** subscribe_customer and unsubscribe_customer, and the error messages their pages document. */
export function describeWebhooks({ caseTest, client }: ContractContext): void {
  describe('webhooks', () => {
    caseTest(
      'subscribe and unsubscribe',
      'subscribe registers a hook URL and unsubscribe removes it, once',
      async () => {
        const hookUrl = contractHookUrl('subscribe');
        try {
          const subscribed = await client().subscribe({ hookUrl, type: 'customer_status_change' });
          expect(WebhookSuccess.safeParse(subscribed).error).toBeUndefined();
          expect(subscribed).toEqual({ success: true, message: 'Webhook subscribed successfully' });
        } finally {
          const unsubscribed = await client().unsubscribe(hookUrl);
          expect(unsubscribed).toEqual({ success: true, message: 'Webhook unsubscribed successfully' });
        }
        await expectWebhookError(
          client().unsubscribe(hookUrl),
          'unsubscribe_customer',
          'No matching webhook found for this user',
        );
      },
    );

    caseTest(
      'webhook: Invalid API key',
      "a wrong key fails the webhook actions with 'Invalid API key' (400)",
      async () => {
        const wrong = client({ apiKey: 'sp_contract_not_a_key_0000000000000000' });
        const hookUrl = contractHookUrl('wrong-key');
        await expectWebhookError(
          wrong.subscribe({ hookUrl, type: 'customer_created' }),
          'subscribe_customer',
          'Invalid API key',
        );
        await expectWebhookError(wrong.unsubscribe(hookUrl), 'unsubscribe_customer', 'Invalid API key');
      },
    );

    caseTest(
      'webhook: No matching webhook found for this user',
      "unsubscribing a URL never subscribed fails with 'No matching webhook found for this user' (400)",
      async () => {
        await expectWebhookError(
          client().unsubscribe(contractHookUrl('never-subscribed')),
          'unsubscribe_customer',
          'No matching webhook found for this user',
        );
      },
    );

    const invalid: [string, SubscribeInput, string][] = [
      ['no hook URL', { hookUrl: '', type: 'customer_created' }, 'hookUrl parameter is required'],
      [
        'a hook URL that is no URL',
        { hookUrl: 'not a url', type: 'customer_created' },
        'Invalid webhook URL format',
      ],
      [
        'an event type the API does not have',
        {
          hookUrl: 'https://example.com/solarproof-devkit-contract/bad-type',
          type: 'customer_deleted' as never,
        },
        'Invalid webhook type',
      ],
    ];
    for (const [given, input, message] of invalid) {
      caseTest(
        'webhook: invalid subscription bodies',
        `subscribe with ${given} fails with '${message}' (400)`,
        async () => {
          await expectWebhookError(client().subscribe(input), 'subscribe_customer', message);
        },
      );
    }
  });
}
