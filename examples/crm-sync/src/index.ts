/**
 * An example consumer of the dev kit: a CRM that copies every Solar Proof customer into its own
 * store, then keeps it current from `customer_created` webhooks.
 */

export { applyCustomerCreated } from './apply-customer-created.js';
export type { Contact, ContactStore } from './contact-store.js';
export { createMemoryStore } from './contact-store.js';
export type { WebhookReceiver } from './start-webhook-receiver.js';
export { startWebhookReceiver } from './start-webhook-receiver.js';
export { syncAllCustomers } from './sync-all-customers.js';
