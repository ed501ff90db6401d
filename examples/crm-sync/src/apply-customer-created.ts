import { parseWebhookEvent } from '@solarproof/client';
import type { Contact, ContactStore } from './contact-store.js';

/**
 * Adds the customer of a `customer_created` webhook body (v1 or v2) to the store. Throws the
 * client's WebhookEventError for a body that is not one, so the receiver can answer 400.
 *
 * @example
 * applyCustomerCreated(await request.text(), store);
 */
export function applyCustomerCreated(body: unknown, store: ContactStore): Contact {
  const event = parseWebhookEvent(body, { expect: 'customer_created' });
  if (event.type !== 'customer_created') throw new Error(`not a customer_created event: ${event.type}`);
  const contact: Contact =
    event.version === 2
      ? {
          solarProofId: event.payload.customer_id,
          email: event.payload.customer_email,
          name: event.payload.customer_name,
          source: 'webhook',
        }
      : {
          solarProofId: event.payload.pkcustomerid,
          email: event.payload.customer_email,
          name: event.payload.customer_name,
          source: 'webhook',
        };
  store.upsert(contact);
  return contact;
}
