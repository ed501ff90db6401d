import type { SolarProofClient } from '@solarproof/client';
import type { ContactStore } from './contact-store.js';

/**
 * Pulls every customer, page by page, into the store. Returns how many it copied.
 *
 * @example
 * const copied = await syncAllCustomers(createClient({ apiKey }), createMemoryStore());
 */
export async function syncAllCustomers(client: SolarProofClient, store: ContactStore): Promise<number> {
  let copied = 0;
  for await (const customer of client.iterateCustomers()) {
    store.upsert({
      solarProofId: Number(customer.customer_id),
      email: customer.customer_email,
      name: `${customer.customer_first_name} ${customer.customer_last_name}`.trim(),
      source: 'sync',
    });
    copied += 1;
  }
  return copied;
}
