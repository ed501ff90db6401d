import { describe, expect, test } from 'vitest';
import { OTHER_API_KEY } from '../../src/index.js';
import { expectApiError, newCustomer } from '../support/scenario-helpers.js';
import type { ScenarioContext } from './scenario-context.js';

/** `POST /__mock/reset` scoped to one company, run through every transport. */
export function tenantResetScenarios({
  send,
  get,
  write,
  defaultCompany,
  otherCompany,
  tenant,
}: ScenarioContext): void {
  const reset = (query: Record<string, string> = {}, body?: unknown) =>
    send({ method: 'POST', path: '/__mock/reset', query, ...(body === undefined ? {} : { body }) }, null);
  const page = async (key: string, number = 1) =>
    (await get({ action: 'getallcustomers', page: String(number) }, key)).text;
  const control = async (path: string, query: Record<string, string>) =>
    (await send({ path, query }, null)).json as Record<string, unknown[]>;
  /** The companies of the faults a company's requests would take (null: any company's). */
  const faultsOf = async (companyId: number) =>
    (
      (await send({ path: '/__mock/faults', query: { companyId: String(companyId) } }, null)).json as {
        faults: Array<{ companyId: number | null }>;
      }
    ).faults.map((fault) => fault.companyId);
  /** Changes every kind of data a company has: a customer created, one updated, one deleted. */
  const change = async (key: string, tag: string) => {
    const first = (JSON.parse(await page(key)) as Array<{ customer_id: string }>).slice(0, 2);
    expect((await write('createcustomer', newCustomer(tag), 'POST', key)).status).toBe(200);
    await write('updatecustomer', { pkcustomerid: first[0]!.customer_id, surname: 'Changed' }, 'POST', key);
    await write('deletecustomer', { pkcustomerid: first[1]!.customer_id }, 'POST', key);
  };
  const queueFault = async (companyId?: number) => {
    const body = { action: 'getcustomerid', code: 'UNKNOWN', ...(companyId ? { companyId } : {}) };
    expect((await send({ method: 'POST', path: '/__mock/faults', body }, null)).status).toBe(201);
  };

  describe('POST /__mock/reset for one tenant', () => {
    test('puts the tenant back to the customers it was created with, and says what it reset', async () => {
      const a = await tenant(3);
      const created = await page(a.apiKey);
      await change(a.apiKey, 'tenant-a');
      expect(await page(a.apiKey)).not.toBe(created);

      const answer = await reset({ companyId: String(a.companyId) });
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({
        reset: true,
        scope: 'company',
        companyId: a.companyId,
        name: expect.any(String),
        customers: 3,
        projects: expect.any(Number),
        subscriptions: 0,
        cleared: { faults: 0, journalEntries: 6, deliveries: 0 },
      });
      expect(await page(a.apiKey)).toBe(created);
      // Its customer made since is gone, so its email is free again.
      expect((await write('createcustomer', newCustomer('tenant-a'), 'POST', a.apiKey)).status).toBe(200);
    });

    test("another tenant's customers, faults and journal survive a tenant reset", async () => {
      const a = await tenant(3);
      const b = await tenant(3);
      await change(a.apiKey, 'mine');
      await change(b.apiKey, 'theirs');
      const bPage = await page(b.apiKey);
      await queueFault(a.companyId);
      await queueFault(b.companyId);
      await queueFault(); // any company's: not the tenant's own, so it stays
      const bJournal = await control('/__mock/journal', { companyId: String(b.companyId) });

      // By the tenant's own key, as a test file that holds only its key would.
      expect((await reset({ api_key: a.apiKey })).json).toMatchObject({
        companyId: a.companyId,
        cleared: { faults: 1, journalEntries: 4 },
      });

      expect((await control('/__mock/journal', { companyId: String(b.companyId) })).entries).toEqual(
        bJournal.entries,
      );
      expect(await page(b.apiKey)).toBe(bPage);
      expect(await faultsOf(b.companyId)).toEqual([b.companyId, null]);
      expect(await faultsOf(a.companyId)).toEqual([null]);
      expect((await control('/__mock/journal', { companyId: String(a.companyId) })).entries).toEqual([]);
    });

    test('resets a seeded company named in the body, and its cached pages show the seeded data again', async () => {
      const seeded = [await page(OTHER_API_KEY, 1)];
      const defaultKey = defaultCompany().apiKeys[0]!;
      const [first, last] = [await page(defaultKey, 1), await page(defaultKey, 3)];
      await change(defaultKey, 'seeded');
      await change(OTHER_API_KEY, 'other');
      const otherChanged = await page(OTHER_API_KEY, 1);
      expect(otherChanged).not.toBe(seeded[0]);
      // Both pages are now cached with the changes.
      expect(await page(defaultKey, 1)).not.toBe(first);
      expect(await page(defaultKey, 3)).not.toBe(last);

      expect((await reset({}, { companyId: defaultCompany().id })).status).toBe(200);
      expect(await page(defaultKey, 1)).toBe(first);
      expect(await page(defaultKey, 3)).toBe(last);
      expect(await page(OTHER_API_KEY, 1)).toBe(otherChanged);
      expect(otherCompany().id).not.toBe(defaultCompany().id);
    });

    test('refuses an unknown company, a wrong key and a body it cannot use, and changes nothing', async () => {
      const a = await tenant(2);
      await change(a.apiKey, 'refused');
      const changed = await page(a.apiKey);
      expectApiError(await reset({ companyId: '999' }), 404, 'NOT_FOUND', /No company 999/);
      expectApiError(await reset({}, { companyId: 999 }), 404, 'NOT_FOUND', /No company 999/);
      expectApiError(await reset({ api_key: 'sp_mock_no_such_key' }), 401, 'INVALID_API_KEY');
      expectApiError(await reset({}, { companyId: 'one' }), 400, 'INVALID_PARAMETERS', /companyId/);
      expectApiError(await reset({}, { company: a.companyId }), 400, 'INVALID_PARAMETERS');
      expectApiError(
        await reset({ companyId: String(a.companyId) }, { companyId: defaultCompany().id }),
        400,
        'INVALID_PARAMETERS',
        /name one/,
      );
      expect(await page(a.apiKey)).toBe(changed);
    });

    test('without a company it is still the global reset: tenants and their keys go', async () => {
      const a = await tenant(2);
      expect((await reset()).json).toEqual({ reset: true, scope: 'world' });
      expectApiError(await get({ action: 'getallcustomers' }, a.apiKey), 401, 'INVALID_API_KEY');
    });
  });
}
