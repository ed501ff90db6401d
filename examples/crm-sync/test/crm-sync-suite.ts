import type { SolarProofClient } from '@solarproof/client';
import type { MockApi } from '@solarproof/mock-server';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type ContactStore, createMemoryStore, syncAllCustomers } from '../src/index.js';

export interface CrmTarget {
  client: SolarProofClient;
  mock: MockApi;
  /** Where the fake sends this CRM's webhooks. */
  hookUrl: string;
  close(): Promise<void>;
}

/** The CRM's behaviour, written once and run against each way of reaching the fake. */
export function crmSyncSuite(name: string, start: (store: ContactStore) => Promise<CrmTarget>): void {
  describe(`crm-sync against ${name}`, () => {
    let store: ContactStore;
    let target: CrmTarget;
    beforeEach(async () => {
      store = createMemoryStore();
      target = await start(store);
    });
    afterEach(() => target.close());

    test('copies every customer of the company into the store, across pages', async () => {
      expect(await syncAllCustomers(target.client, store)).toBe(130);
      const contacts = store.all();
      expect(contacts).toHaveLength(130);
      expect(new Set(contacts.map((c) => c.solarProofId)).size).toBe(130);
      expect(contacts.every((c) => c.email.includes('@') && c.source === 'sync')).toBe(true);
    });

    test('adds a customer created after the sync, from its customer_created webhook', async () => {
      await syncAllCustomers(target.client, store);
      await target.client.subscribe({ hookUrl: target.hookUrl, type: 'customer_created' });
      const { id } = await target.client.createCustomer({
        firstname: 'Ada',
        surname: 'Lovelace',
        email: 'ada.lovelace@example.com',
        phone1: '0412 345 678',
        type: 'RESIDENTIAL',
      });
      await target.mock.deliveries.idle();
      expect(store.get(Number(id))).toEqual({
        solarProofId: Number(id),
        email: 'ada.lovelace@example.com',
        name: 'Ada Lovelace',
        source: 'webhook',
      });
      expect(store.all()).toHaveLength(131);
    });
  });
}
