import { createClient } from '@solarproof/client';
import { useSolarProofTenant } from '@solarproof/mock-server/vitest-tenant';
import { expect, test } from 'vitest';
import { createMemoryStore, syncAllCustomers } from '../src/index.js';

// The recipe of the README: the run's one fake (vitest-global-setup), this file's own company.
const tenant = await useSolarProofTenant({ customers: 7 });
const client = createClient({ baseUrl: tenant.baseUrl, apiKey: tenant.apiKey });

test('syncs only the customers of this file’s own tenant', async () => {
  const store = createMemoryStore();
  expect(await syncAllCustomers(client, store)).toBe(7);
});

test('sees no customer another file creates in its own tenant', async () => {
  const other = await useSolarProofTenant({ customers: 0 });
  const otherClient = createClient({ baseUrl: other.baseUrl, apiKey: other.apiKey });
  await otherClient.createCustomer({
    firstname: 'Only',
    surname: 'Mine',
    email: 'only.mine@example.com',
    phone1: '0412 345 678',
    type: 'RESIDENTIAL',
  });
  const store = createMemoryStore();
  expect(await syncAllCustomers(client, store)).toBe(7);
  expect(store.all().some((c) => c.email === 'only.mine@example.com')).toBe(false);
});

test('a tenant reset takes this file’s tenant back to its first customers', async () => {
  await client.createCustomer({
    firstname: 'Gone',
    surname: 'Soon',
    email: 'gone.soon@example.com',
    phone1: '0412 345 678',
    type: 'RESIDENTIAL',
  });
  expect(await syncAllCustomers(client, createMemoryStore())).toBe(8);
  await tenant.reset();
  expect(await syncAllCustomers(client, createMemoryStore())).toBe(7);
});
