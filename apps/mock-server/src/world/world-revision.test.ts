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
