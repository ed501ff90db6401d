import { describe, expect, it } from 'vitest';
import { createWorld } from './create-world.js';
import { seedWorld } from './seed-world.js';
import type { World, WorldOp } from './types.js';
import { worldSnapshot } from './world-snapshot.js';
import { copyWorldState, removeCustomer, replaceCustomer, takeId, type WorldState } from './world-state.js';

const options = { seed: 4, customers: 20, otherCustomers: 3, apiKey: 'k1', records: null };

/** Every index of a state with its entries (one level of nested maps), as text to compare. */
function dump(state: WorldState): string {
  const entries = (value: unknown): unknown =>
    value instanceof Map ? [...value].map(([key, inner]) => [key, entries(inner)]) : value;
  return JSON.stringify(Object.entries(state).map(([name, value]) => [name, entries(value)]));
}

describe('copyWorldState', () => {
  it('shares every index until it writes to one, and the counters never', () => {
    const original = seedWorld(options, 'k2');
    const copy = copyWorldState(original);
    expect(dump(copy)).toBe(dump(original));
    expect(copy.next).not.toBe(original.next);
    expect(copy.customers).toBe(original.customers);
    const companyId = [...copy.companies.keys()][0] as number;
    const [first] = copy.customersByCompany.get(companyId) ?? [];
    replaceCustomer(copy, { ...first!, surname: 'Changed' });
    // The customer indexes were copied to be written; the project indexes are still shared.
    expect(copy.customers).not.toBe(original.customers);
    expect(copy.customersByCompany).not.toBe(original.customersByCompany);
    expect(copy.customersByCompany.get(companyId)).not.toBe(original.customersByCompany.get(companyId));
    expect(copy.projects).toBe(original.projects);
    expect(copy.projectsByCustomer).toBe(original.projectsByCustomer);
  });

  it('leaves the original as it was when the copy is written to', () => {
    const original = seedWorld(options, 'k2');
    const before = dump(original);
    const copy = copyWorldState(original);
    const companyId = [...copy.companies.keys()][0] as number;
    const [first, second] = copy.customersByCompany.get(companyId) ?? [];
    replaceCustomer(copy, { ...first!, surname: 'Changed', email: 'changed@example.com' });
    removeCustomer(copy, second!);
    takeId(copy, 'customerId');
    expect(dump(copy)).not.toBe(before);
    expect(dump(original)).toBe(before);
  });
});

describe('restoreCompany, through the resetCompany op', () => {
  const at = '2026-02-01T00:00:00Z';
  const small = { customers: 60, otherCustomers: 8 };
  /** Creates a customer of the company, owned by its key's user; the apply result. */
  const create = (world: World, companyId: number, email: string) =>
    world.apply({
      kind: 'createCustomer',
      companyId,
      ownerUserId: world.company(companyId)!.keyOwnerUserId,
      input: { firstname: 'Judy', surname: 'Matherson', email, phone1: '0411 549 054', type: 'COMMERCIAL' },
      at,
    });
  /** One company's part of `worldSnapshot`: its records and subscriptions, as JSON. */
  const partOf = (world: World, companyId: number): string =>
    JSON.stringify(
      (JSON.parse(worldSnapshot(world)) as Array<{ company: { id: number } }>).find(
        (part) => part.company.id === companyId,
      ),
    );
  /** Every kind of change a company's data can take: created, changed, noted, deleted, subscribed. */
  function change(world: World, companyId: number, tag: string): void {
    const [first, second] = world.customersPage(companyId, 1, 2);
    create(world, companyId, `${tag}@x.au`);
    world.apply({ kind: 'updateCustomer', customerId: first!.id, patch: { email: `${tag}.2@x.au` }, at });
    world.apply({ kind: 'addNote', customerId: first!.id, note: 'called', at });
    world.apply({ kind: 'setCustomerStatus', customerId: first!.id, statusId: 3, at });
    world.apply({ kind: 'deleteCustomer', customerId: second!.id, at });
    world.apply({
      kind: 'subscribe',
      companyId,
      hookUrl: `https://hooks.test/${tag}`,
      event: 'customer_created',
      at,
    });
  }

  it("puts one seeded company back to its seeded data and leaves the other company's changes", () => {
    const world = createWorld(small);
    const seeded = createWorld(small);
    const [main, other] = world.companies().map((company) => company.id) as [number, number];
    change(world, main, 'main');
    change(world, other, 'other');
    const otherChanged = partOf(world, other);

    expect(world.apply({ kind: 'resetCompany', companyId: main })).toEqual({ ok: true, events: [] });
    expect(partOf(world, main)).toBe(partOf(seeded, main));
    expect(partOf(world, other)).toBe(otherChanged);
  });

  it('puts a tenant back to the customers it was created with, and a seeded company leaves it alone', () => {
    const world = createWorld(small);
    world.apply({ kind: 'createTenant', customers: 6, seed: 4, apiKey: 'tk_reset', at });
    const tenant = world.companyByApiKey('tk_reset')!.id;
    const created = partOf(world, tenant);
    change(world, tenant, 'tenant');
    expect(partOf(world, tenant)).not.toBe(created);
    world.apply({ kind: 'resetCompany', companyId: world.companies()[0]!.id });
    expect(partOf(world, tenant)).not.toBe(created);
    world.apply({ kind: 'resetCompany', companyId: tenant });
    expect(partOf(world, tenant)).toBe(created);
  });

  it('finds the restored emails again and frees the ones made since', () => {
    const world = createWorld(small);
    const main = world.companies()[0]!.id;
    const [first, second] = world.customersPage(main, 1, 2);
    change(world, main, 'mail');
    world.apply({ kind: 'resetCompany', companyId: main });
    expect(world.customerByEmail(main, first!.email)).toBe(first);
    expect(world.customerByEmail(main, second!.email)).toBe(second);
    expect(world.customerByEmail(main, 'mail@x.au')).toBeUndefined();
    const again = create(world, main, 'mail@x.au');
    expect(again.ok).toBe(true);
  });

  it("gives a deleted customer's email back to it when a customer created since had taken it", () => {
    const world = createWorld(small);
    const main = world.companies()[0]!.id;
    const [first] = world.customersPage(main, 1, 1);
    world.apply({ kind: 'deleteCustomer', customerId: first!.id, at });
    expect(create(world, main, first!.email.toUpperCase()).ok).toBe(true);
    world.apply({ kind: 'resetCompany', companyId: main });
    expect(world.customerByEmail(main, first!.email)).toBe(first);
  });

  it('restores every email after two customers shared one (interpretation I-24 accepted)', () => {
    const world = createWorld(small);
    const seeded = createWorld(small);
    const main = world.companies()[0]!.id;
    const [first, second] = world.customersPage(main, 1, 2);
    // The older customer takes the younger one's email: lookups of it now find the older.
    const patch = { email: second!.email };
    world.apply({ kind: 'updateCustomer', customerId: first!.id, patch, allowDuplicateEmail: true, at });
    expect(world.customerByEmail(main, second!.email)?.id).toBe(first!.id);
    world.apply({ kind: 'resetCompany', companyId: main });
    expect(partOf(world, main)).toBe(partOf(seeded, main));
    for (const customer of world.customersPage(main, 1, 100)) {
      expect(world.customerByEmail(main, customer.email)).toBe(customer);
    }
  });

  it('hands back the very seeded records and project lists, so pages cached from them stay right', () => {
    const world = createWorld(small);
    const main = world.companies()[0]!.id;
    const page = world.customersPage(main, 1, 50);
    const lists = page.map((customer) => world.projectsOfCustomer(customer.id));
    change(world, main, 'same');
    world.apply({ kind: 'resetCompany', companyId: main });
    const after = world.customersPage(main, 1, 50);
    expect(after.every((customer, i) => customer === page[i])).toBe(true);
    expect(after.every((customer, i) => world.projectsOfCustomer(customer.id) === lists[i])).toBe(true);
  });

  it('keeps counting ids, so no id used before the reset is handed out again', () => {
    const world = createWorld(small);
    const main = world.companies()[0]!.id;
    const made = create(world, main, 'a@x.au');
    world.apply({ kind: 'resetCompany', companyId: main });
    const next = create(world, main, 'a@x.au');
    expect(next.ok && made.ok && next.customer!.id).toBe(made.ok && made.customer!.id + 1);
  });

  it('leaves the seeded state unwritten: a global reset afterwards is the seeded world', () => {
    const world = createWorld(small);
    const fresh = worldSnapshot(createWorld(small));
    const main = world.companies()[0]!.id;
    world.apply({ kind: 'resetCompany', companyId: main });
    change(world, main, 'after');
    world.apply({ kind: 'resetCompany', companyId: main });
    change(world, main, 'again');
    world.reset();
    expect(worldSnapshot(world)).toBe(fresh);
  });

  it('answers UNKNOWN_COMPANY for a company that does not exist, changing nothing', () => {
    const world = createWorld(small);
    change(world, world.companies()[0]!.id, 'kept');
    const before = worldSnapshot(world);
    expect(world.apply({ kind: 'resetCompany', companyId: 99 })).toEqual({
      ok: false,
      reason: 'UNKNOWN_COMPANY',
    });
    expect(worldSnapshot(world)).toBe(before);
  });

  it('replays to the same world: a log with company resets rebuilds it exactly', () => {
    const world = createWorld(small);
    const ops: WorldOp[] = [];
    const apply = (op: WorldOp) => {
      ops.push(op);
      world.apply(op);
    };
    const main = world.companies()[0]!.id;
    apply({ kind: 'createTenant', customers: 4, seed: 2, apiKey: 'tk_replay', at });
    const tenant = world.companyByApiKey('tk_replay')!.id;
    apply({ kind: 'deleteCustomer', customerId: world.customersPage(tenant, 1, 1)[0]!.id, at });
    apply({ kind: 'deleteCustomer', customerId: world.customersPage(main, 1, 1)[0]!.id, at });
    apply({ kind: 'resetCompany', companyId: tenant });
    apply({
      kind: 'createCustomer',
      companyId: main,
      ownerUserId: world.company(main)!.keyOwnerUserId,
      input: { firstname: 'R', surname: 'S', email: 'r@x.au', phone1: '0411 549 054', type: 'RESIDENTIAL' },
      at,
    });
    const replayed = createWorld(small);
    for (const op of JSON.parse(JSON.stringify(ops)) as WorldOp[]) replayed.apply(op);
    expect(worldSnapshot(replayed)).toBe(worldSnapshot(world));
  });
});
