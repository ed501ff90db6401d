import { describe, expect, test } from 'vitest';
import { createWorld, DEFAULT_API_KEY } from './create-world.js';

describe('the world revision', () => {
  test('moves on with every change, a refused one included, and with a reset, and not with reads', () => {
    const world = createWorld({ seed: 1, customers: 5 });
    const company = world.companyByApiKey(DEFAULT_API_KEY)!;
    const start = world.revision();
    world.customersPage(company.id, 1, 50);
    expect(world.revision()).toBe(start);

    const [customer] = world.customersPage(company.id, 1, 1);
    world.apply({ kind: 'deleteCustomer', customerId: customer!.id, at: '2026-12-01T00:00:00.000Z' });
    const afterDelete = world.revision();
    expect(afterDelete).not.toBe(start);

    world.apply({ kind: 'deleteCustomer', customerId: customer!.id, at: '2026-12-01T00:00:00.000Z' });
    const afterRefused = world.revision();
    expect(afterRefused).not.toBe(afterDelete);

    world.reset();
    expect(world.revision()).not.toBe(afterRefused);
  });
});

describe('the customers touched since a revision', () => {
  const at = '2026-12-01T00:00:00.000Z';

  test('are the customers updated, noted or given a status since, and none with no change', () => {
    const world = createWorld({ seed: 1, customers: 5 });
    const company = world.companyByApiKey(DEFAULT_API_KEY)!;
    const [first, second] = world.customersPage(company.id, 1, 2);
    const start = world.revision();
    expect(world.customersTouchedSince(start)).toEqual([]);
    world.apply({ kind: 'updateCustomer', customerId: first!.id, patch: { surname: 'Changed' }, at });
    expect(world.customersTouchedSince(start)).toEqual([first!.id]);
    world.apply({ kind: 'addNote', customerId: second!.id, note: 'A note', at });
    world.apply({ kind: 'setCustomerStatus', customerId: first!.id, statusId: 2, at });
    expect([...world.customersTouchedSince(start)!].sort()).toEqual(
      [first!.id, first!.id, second!.id].sort(),
    );
    expect(world.customersTouchedSince(world.revision())).toEqual([]);
  });

  test('cannot be told across a creation, a deletion, a tenant, a company reset or a reset', () => {
    const world = createWorld({ seed: 1, customers: 5 });
    const company = world.companyByApiKey(DEFAULT_API_KEY)!;
    const [first] = world.customersPage(company.id, 1, 1);
    const changes = [
      () =>
        world.apply({
          kind: 'createCustomer',
          companyId: company.id,
          ownerUserId: company.keyOwnerUserId,
          input: {
            firstname: 'Ada',
            surname: 'New',
            email: 'ada@new.example',
            phone1: '0400000000',
            type: 'RESIDENTIAL',
          },
          at,
        }),
      () => world.apply({ kind: 'deleteCustomer', customerId: first!.id, at }),
      () =>
        world.apply({
          kind: 'createTenant',
          customers: 2,
          seed: 3,
          apiKey: 'sp_test_tenant_key_0123456789abcdef',
          at,
        }),
      () => world.apply({ kind: 'resetCompany', companyId: company.id }),
      () => world.reset(),
    ];
    for (const change of changes) {
      const before = world.revision();
      change();
      expect(world.customersTouchedSince(before)).toBeUndefined();
    }
  });
});
