import { describe, expect, it } from 'vitest';
import { createWorld, DEFAULT_API_KEY, OTHER_API_KEY } from './create-world.js';
import type { CustomerInput, World, WorldOp } from './types.js';
import { worldSnapshot } from './world-snapshot.js';

const AT = '2026-02-02T03:04:05Z';

const input = (email: string): CustomerInput => ({
  firstname: 'Judy',
  surname: 'Matherson',
  email,
  phone1: '0411 549 054',
  type: 'COMMERCIAL',
  companyname: 'Matherson Farms Pty Ltd',
  gststatus: 1,
});

function setup(): { world: World; companyId: number; ownerUserId: number; otherCompanyId: number } {
  const world = createWorld();
  const company = world.companyByApiKey(DEFAULT_API_KEY)!;
  const otherCompanyId = world.companyByApiKey(OTHER_API_KEY)!.id;
  return { world, companyId: company.id, ownerUserId: company.keyOwnerUserId, otherCompanyId };
}

describe('apply: createCustomer', () => {
  it('creates a customer with the next global id, a uid, defaults and a customer_created event', () => {
    const { world, companyId, ownerUserId } = setup();
    const highest = Math.max(
      ...world.companies().flatMap((c) => world.customersPage(c.id, 1, 1e6).map((x) => x.id)),
    );
    const result = world.apply({
      kind: 'createCustomer',
      companyId,
      ownerUserId,
      input: input('judy@x.com.au'),
      at: AT,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const customer = result.customer!;
    expect(customer).toMatchObject({
      id: highest + 1,
      companyId,
      ownerUserId,
      statusId: 0,
      typeId: 2,
      gstRegistered: 1,
      phone2: '',
      companyPhone: '',
      abn: null,
      siteAddress: null,
      bestContactTimes: null,
      notes: [],
      createdAt: AT,
    });
    expect(customer.uid).toMatch(/^[0-9a-f]{8}$/);
    expect(result.events).toEqual([{ type: 'customer_created', customer }]);
    expect(world.customerCount(companyId)).toBe(131);
    expect(world.customersPage(companyId, 3, 50).at(-1)).toBe(customer);
    expect(world.customerByEmail(companyId, 'JUDY@X.COM.AU')).toBe(customer);
  });

  it.each([
    ['the same case', 'taken@example.com'],
    ['another case', 'TAKEN@Example.com'],
  ])('rejects an email of another customer of the company in %s with DUPLICATE_EMAIL', (_name, email) => {
    const { world, companyId, ownerUserId } = setup();
    world.apply({
      kind: 'createCustomer',
      companyId,
      ownerUserId,
      input: input('taken@example.com'),
      at: AT,
    });
    const before = worldSnapshot(world);
    const result = world.apply({
      kind: 'createCustomer',
      companyId,
      ownerUserId,
      input: input(email),
      at: AT,
    });
    expect(result).toEqual({ ok: false, reason: 'DUPLICATE_EMAIL' });
    expect(worldSnapshot(world)).toBe(before);
  });

  it('accepts an email that exists only in another company', () => {
    const { world, companyId, ownerUserId, otherCompanyId } = setup();
    const foreign = world.customersPage(otherCompanyId, 1, 1)[0]!;
    const result = world.apply({
      kind: 'createCustomer',
      companyId,
      ownerUserId,
      input: input(foreign.email),
      at: AT,
    });
    expect(result.ok).toBe(true);
  });

  it('answers UNKNOWN_COMPANY for a company that does not exist', () => {
    const { world, ownerUserId } = setup();
    const result = world.apply({
      kind: 'createCustomer',
      companyId: 999,
      ownerUserId,
      input: input('a@b.co'),
      at: AT,
    });
    expect(result).toEqual({ ok: false, reason: 'UNKNOWN_COMPANY' });
  });
});

describe('apply: updateCustomer', () => {
  it('changes only the fields present in the patch', () => {
    const { world, companyId } = setup();
    const customer = world.customersPage(companyId, 1, 1)[0]!;
    const before = structuredClone(customer);
    const result = world.apply({
      kind: 'updateCustomer',
      customerId: customer.id,
      patch: { phone1: '0400111222', type: 'LARGE-SCALE', surname: undefined },
      at: AT,
    });
    expect(result.ok).toBe(true);
    expect(world.customer(customer.id)).toEqual({ ...before, phone1: '0400111222', typeId: 3 });
  });

  it('moves the email index with a changed email', () => {
    const { world, companyId } = setup();
    const customer = world.customersPage(companyId, 1, 1)[0]!;
    const oldEmail = customer.email;
    world.apply({
      kind: 'updateCustomer',
      customerId: customer.id,
      patch: { email: 'New@Example.com' },
      at: AT,
    });
    expect(world.customerByEmail(companyId, 'new@example.com')).toBe(world.customer(customer.id));
    expect(world.customerByEmail(companyId, 'new@example.com')?.email).toBe('New@Example.com');
    expect(world.customerByEmail(companyId, oldEmail)).toBeUndefined();
  });

  it.each([
    [
      "another customer's email",
      (w: World, c: number) => w.customersPage(c, 1, 2)[1]!.email.toUpperCase(),
      'DUPLICATE_EMAIL',
    ],
    [
      'its own email in another case',
      (w: World, c: number) => w.customersPage(c, 1, 1)[0]!.email.toUpperCase(),
      null,
    ],
  ] as const)('given %s answers %s', (_name, emailOf, reason) => {
    const { world, companyId } = setup();
    const customer = world.customersPage(companyId, 1, 1)[0]!;
    const result = world.apply({
      kind: 'updateCustomer',
      customerId: customer.id,
      patch: { email: emailOf(world, companyId) },
      at: AT,
    });
    expect(result.ok ? null : result.reason).toBe(reason);
  });

  it.each([
    ['updateCustomer', { kind: 'updateCustomer', customerId: 1, patch: { phone1: '0400000000' }, at: AT }],
    ['deleteCustomer', { kind: 'deleteCustomer', customerId: 1, at: AT }],
    ['setCustomerStatus', { kind: 'setCustomerStatus', customerId: 1, statusId: 2, at: AT }],
    ['addNote', { kind: 'addNote', customerId: 1, note: 'hello', at: AT }],
  ] satisfies [string, WorldOp][])('%s of an unknown id answers CUSTOMER_NOT_FOUND', (_name, op) => {
    expect(setup().world.apply(op)).toEqual({ ok: false, reason: 'CUSTOMER_NOT_FOUND' });
  });
});

describe('apply: deleteCustomer', () => {
  it('removes the customer from every index and keeps its projects with no customer', () => {
    const { world, companyId } = setup();
    const customer = world
      .customersPage(companyId, 1, 50)
      .find((c) => world.projectsOfCustomer(c.id).length > 0)!;
    const projects = [...world.projectsOfCustomer(customer.id)];
    const result = world.apply({ kind: 'deleteCustomer', customerId: customer.id, at: AT });
    expect(result.ok).toBe(true);
    expect(world.customer(customer.id)).toBeUndefined();
    expect(world.customerByEmail(companyId, customer.email)).toBeUndefined();
    expect(world.customerCount(companyId)).toBe(129);
    expect(world.customersPage(companyId, 1, 200)).not.toContain(customer);
    expect(world.projectsOfCustomer(customer.id)).toEqual([]);
    for (const project of projects) {
      expect(world.project(project.id)).toEqual({ ...project, customerId: null });
      expect(world.projectsOfCompany(companyId)).toContainEqual({ ...project, customerId: null });
    }
  });
});

describe('apply: setCustomerStatus and addNote', () => {
  it('emits customer_status_change with the old and new status, and nothing when unchanged', () => {
    const { world, companyId } = setup();
    const customer = world.customersPage(companyId, 1, 1)[0]!;
    const old = customer.statusId;
    const next = old === 2 ? 3 : 2;
    const changed = world.apply({
      kind: 'setCustomerStatus',
      customerId: customer.id,
      statusId: next,
      at: AT,
    });
    const updated = { ...customer, statusId: next };
    expect(changed).toEqual({
      ok: true,
      customer: updated,
      events: [{ type: 'customer_status_change', customer: updated, oldStatus: old, newStatus: next }],
    });
    expect(world.customer(customer.id)).toEqual(updated);
    const record = world.customer(customer.id);
    const same = world.apply({ kind: 'setCustomerStatus', customerId: customer.id, statusId: next, at: AT });
    expect(same.ok && same.events).toEqual([]);
    expect(world.customer(customer.id)).toBe(record);
  });

  it("appends a note stamped with the op instant in the account's local time", () => {
    const { world, companyId } = setup();
    const customer = world.customersPage(companyId, 1, 1)[0]!;
    const count = customer.notes.length;
    world.apply({
      kind: 'addNote',
      customerId: customer.id,
      note: 'Wants a battery quote',
      at: '2026-03-04T05:06:07.890Z',
    });
    const notes = world.customer(customer.id)?.notes ?? [];
    expect(notes).toHaveLength(count + 1);
    // The default company is a Sydney installer: AEST, UTC+10.
    expect(notes.at(-1)).toEqual({ datetime: '2026-03-04 15:06:07', note: 'Wants a battery quote' });
    expect(customer.notes).toHaveLength(count);
  });
});

describe('the world outside apply', () => {
  it('hands out records that cannot be changed, so a page held by a caller stays as it was', () => {
    const { world, companyId } = setup();
    const page = world.customersPage(companyId, 1, 50);
    const first = page[0]!;
    expect(() => {
      (first as { firstName: string }).firstName = 'Mallory';
    }).toThrow(TypeError);
    expect(() => {
      (first.notes as unknown as unknown[]).push({ datetime: '', note: '' });
    }).toThrow(TypeError);
    expect(() => {
      (world.projectsOfCustomer(first.id) as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (world.usersOfCompany(companyId) as unknown as unknown[]).pop();
    }).toThrow(TypeError);
    (page as unknown as unknown[]).length = 0;
    expect(world.customersPage(companyId, 1, 50)).toHaveLength(50);
    expect(world.customer(first.id)?.firstName).toBe(first.firstName);
  });

  it('replaces a changed record, leaving the copy a caller holds as it was', () => {
    const { world, companyId } = setup();
    const before = world.customersPage(companyId, 1, 1)[0]!;
    world.apply({
      kind: 'updateCustomer',
      customerId: before.id,
      patch: { firstname: 'Quentinella' },
      at: AT,
    });
    expect(world.customer(before.id)?.firstName).toBe('Quentinella');
    expect(world.customersPage(companyId, 1, 1)[0]?.firstName).toBe('Quentinella');
    expect(before.firstName).not.toBe('Quentinella');
  });
});

describe('apply: subscribe and unsubscribe', () => {
  const hook = 'https://example.com/hook';

  it('subscribes once per (company, url, event), however often asked', () => {
    const { world, companyId, otherCompanyId } = setup();
    world.apply({ kind: 'subscribe', companyId, hookUrl: hook, event: 'customer_created', at: AT });
    world.apply({ kind: 'subscribe', companyId, hookUrl: hook, event: 'customer_created', at: AT });
    world.apply({ kind: 'subscribe', companyId, hookUrl: hook, event: 'customer_status_change', at: AT });
    expect(world.subscriptions(companyId)).toHaveLength(2);
    expect(world.subscriptions(companyId, 'customer_created')).toEqual([
      { companyId, hookUrl: hook, event: 'customer_created', createdAt: AT },
    ]);
    expect(world.subscriptions(otherCompanyId)).toEqual([]);
  });

  it('unsubscribes every event of the URL in that company only', () => {
    const { world, companyId, otherCompanyId } = setup();
    for (const event of ['customer_created', 'customer_status_change'] as const) {
      world.apply({ kind: 'subscribe', companyId, hookUrl: hook, event, at: AT });
    }
    world.apply({ kind: 'subscribe', companyId, hookUrl: `${hook}/2`, event: 'customer_created', at: AT });
    world.apply({
      kind: 'subscribe',
      companyId: otherCompanyId,
      hookUrl: hook,
      event: 'customer_created',
      at: AT,
    });
    expect(world.apply({ kind: 'unsubscribe', companyId, hookUrl: hook, at: AT }).ok).toBe(true);
    expect(world.subscriptions(companyId).map((s) => s.hookUrl)).toEqual([`${hook}/2`]);
    expect(world.subscriptions(otherCompanyId)).toHaveLength(1);
  });

  it('answers NO_MATCHING_WEBHOOK for a URL with no subscription', () => {
    const { world, companyId } = setup();
    expect(world.apply({ kind: 'unsubscribe', companyId, hookUrl: hook, at: AT })).toEqual({
      ok: false,
      reason: 'NO_MATCHING_WEBHOOK',
    });
  });
});

describe('apply: createTenant', () => {
  it('adds an isolated company with its key, users and seeded customers under fresh global ids', () => {
    const { world, companyId } = setup();
    const highest = Math.max(...world.customersPage(companyId, 1, 1e6).map((c) => c.id));
    const result = world.apply({
      kind: 'createTenant',
      name: 'Test Tenant',
      customers: 20,
      seed: 3,
      apiKey: 'tk_1',
      at: AT,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const tenant = world.companyByApiKey('tk_1')!;
    expect(result.tenant).toEqual({ companyId: tenant.id, apiKey: 'tk_1' });
    expect(tenant.name).toBe('Test Tenant');
    expect(world.customerCount(tenant.id)).toBe(20);
    expect(world.usersOfCompany(tenant.id).map((u) => u.id)).toContain(tenant.keyOwnerUserId);
    const customers = world.customersPage(tenant.id, 1, 100);
    expect(Math.min(...customers.map((c) => c.id))).toBeGreaterThan(highest);
    expect(customers.every((c) => c.companyId === tenant.id)).toBe(true);
    expect(world.customerCount(companyId)).toBe(130);
    expect(world.customerByEmail(companyId, customers[0]!.email)).toBeUndefined();
  });
});

describe('replaying ops', () => {
  it('on a fresh world of the same options gives an identical world', () => {
    const { world, companyId, ownerUserId } = setup();
    const first = world.customersPage(companyId, 1, 3);
    const ops: WorldOp[] = [
      { kind: 'createCustomer', companyId, ownerUserId, input: input('replay@x.com'), at: AT },
      { kind: 'updateCustomer', customerId: first[0]!.id, patch: { surname: 'Nguyen' }, at: AT },
      { kind: 'setCustomerStatus', customerId: first[1]!.id, statusId: 3, at: AT },
      { kind: 'addNote', customerId: first[1]!.id, note: 'Signed today', at: AT },
      { kind: 'deleteCustomer', customerId: first[2]!.id, at: AT },
      { kind: 'subscribe', companyId, hookUrl: 'https://h.example/x', event: 'customer_created', at: AT },
      { kind: 'createTenant', customers: 5, seed: 11, apiKey: 'tk_replay', at: AT },
      { kind: 'createCustomer', companyId, ownerUserId, input: input('after-tenant@x.com'), at: AT },
    ];
    for (const op of ops) world.apply(op);
    const replayed = createWorld();
    // Through JSON, as a journal stores them.
    for (const op of JSON.parse(JSON.stringify(ops)) as WorldOp[]) replayed.apply(op);
    expect(worldSnapshot(replayed)).toBe(worldSnapshot(world));
  });
});

describe('apply: createTenant with a key in use', () => {
  it('throws before changing anything', () => {
    const { world } = setup();
    const before = worldSnapshot(world);
    expect(() =>
      world.apply({ kind: 'createTenant', customers: 2, seed: 1, apiKey: DEFAULT_API_KEY, at: AT }),
    ).toThrow(/already belongs/);
    expect(worldSnapshot(world)).toBe(before);
  });
});
