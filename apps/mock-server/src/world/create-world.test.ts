import { describe, expect, it } from 'vitest';
import { createWorld, DEFAULT_API_KEY, OTHER_API_KEY } from './create-world.js';
import { worldSnapshot } from './world-snapshot.js';

describe('createWorld', () => {
  it('builds the same world from the same options, byte for byte', () => {
    expect(worldSnapshot(createWorld({ seed: 5 }))).toBe(worldSnapshot(createWorld({ seed: 5 })));
  });

  it('builds a different world from a different seed', () => {
    expect(worldSnapshot(createWorld({ seed: 5 }))).not.toBe(worldSnapshot(createWorld({ seed: 6 })));
  });

  it('keeps the other company unchanged when only the default company grows', () => {
    const small = createWorld({ customers: 10 });
    const large = createWorld({ customers: 300 });
    const emails = (w: ReturnType<typeof createWorld>) =>
      w.customersPage(w.companyByApiKey(OTHER_API_KEY)!.id, 1, 100).map((c) => c.email);
    expect(emails(small)).toEqual(emails(large));
  });

  it('resolves both API keys to different companies, and an unknown key to none', () => {
    const world = createWorld();
    const main = world.companyByApiKey(DEFAULT_API_KEY);
    const other = world.companyByApiKey(OTHER_API_KEY);
    expect(main).toBeDefined();
    expect(other).toBeDefined();
    expect(main?.id).not.toBe(other?.id);
    expect(world.companyByApiKey('sp_mock_unknown')).toBeUndefined();
    expect(createWorld({ apiKey: 'custom-key' }).companyByApiKey('custom-key')?.id).toBe(main?.id);
  });

  it('refuses a default key equal to the other company key', () => {
    expect(() => createWorld({ apiKey: OTHER_API_KEY })).toThrow();
  });

  it.each([
    ['page 1 of 50', 1, 50, 50],
    ['page 3 of 50 (the partial last page)', 3, 50, 30],
    ['page 4 of 50 (past the end)', 4, 50, 0],
    ['page 14 of 10', 14, 10, 0],
    ['page 13 of 10', 13, 10, 10],
    ['page 0', 0, 50, 0],
  ])('pages customers in ascending id order: %s', (_name, page, perPage, length) => {
    const world = createWorld();
    const companyId = world.companyByApiKey(DEFAULT_API_KEY)!.id;
    const list = world.customersPage(companyId, page, perPage);
    expect(list).toHaveLength(length);
    const all = world.customersPage(companyId, 1, 1000);
    expect(all.map((c) => c.id)).toEqual([...all.map((c) => c.id)].sort((a, b) => a - b));
    if (length > 0) expect(list[0]).toBe(all[(page - 1) * perPage]);
  });

  it('finds customers and users by email in any case, only within their company', () => {
    const world = createWorld();
    const main = world.companyByApiKey(DEFAULT_API_KEY)!;
    const other = world.companyByApiKey(OTHER_API_KEY)!;
    const customer = world.customersPage(main.id, 2, 50)[7]!;
    expect(world.customerByEmail(main.id, customer.email.toUpperCase())).toBe(customer);
    expect(world.customerByEmail(other.id, customer.email)).toBeUndefined();
    const user = world.usersOfCompany(main.id)[1]!;
    expect(world.userByEmail(main.id, user.email.toUpperCase())).toBe(user);
    expect(world.userByEmail(other.id, user.email)).toBeUndefined();
    expect(world.user(user.id)).toBe(user);
  });

  it('finds another company customer by id, belonging to that company', () => {
    const world = createWorld();
    const other = world.companyByApiKey(OTHER_API_KEY)!;
    const foreign = world.customersPage(other.id, 1, 1)[0]!;
    expect(world.customer(foreign.id)?.companyId).toBe(other.id);
  });

  it('indexes projects by customer and by company', () => {
    const world = createWorld();
    const main = world.companyByApiKey(DEFAULT_API_KEY)!;
    for (const project of world.projectsOfCompany(main.id)) {
      expect(world.project(project.id)).toBe(project);
      if (project.customerId !== null)
        expect(world.projectsOfCustomer(project.customerId)).toContain(project);
    }
  });

  it('resets to the seeded state, dropping changes and tenants', () => {
    const world = createWorld();
    const seeded = worldSnapshot(world);
    const main = world.companyByApiKey(DEFAULT_API_KEY)!;
    const first = world.customersPage(main.id, 1, 1)[0]!;
    world.apply({ kind: 'deleteCustomer', customerId: first.id, at: '2026-02-01T00:00:00Z' });
    world.apply({
      kind: 'createTenant',
      customers: 3,
      seed: 9,
      apiKey: 'tenant-key',
      at: '2026-02-01T00:00:00Z',
    });
    expect(worldSnapshot(world)).not.toBe(seeded);
    world.reset();
    expect(worldSnapshot(world)).toBe(seeded);
    expect(world.companyByApiKey('tenant-key')).toBeUndefined();
  });
});
