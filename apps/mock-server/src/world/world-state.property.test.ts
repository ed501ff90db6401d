import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { applyOp } from './apply-op.js';
import { createWorld } from './create-world.js';
import { seedWorld } from './seed-world.js';
import type { World, WorldOp } from './types.js';
import { worldSnapshot } from './world-snapshot.js';
import { copyWorldState, type WorldState } from './world-state.js';

const at = '2026-02-01T00:00:00Z';
const options = { customers: 12, otherCustomers: 4 };

/** Each company's part of `worldSnapshot`, by company id. */
function parts(world: World): Map<number, string> {
  const all = JSON.parse(worldSnapshot(world)) as Array<{ company: { id: number } }>;
  return new Map(all.map((part) => [part.company.id, JSON.stringify(part)]));
}

/** A change to company `slot` (0 the key's, 1 the other, 2 a tenant), aimed by `pick` at its records. */
const change = fc.record({
  slot: fc.integer({ min: 0, max: 2 }),
  kind: fc.constantFrom('create', 'update', 'shareEmail', 'delete', 'status', 'note', 'subscribe', 'reset'),
  pick: fc.nat(),
  other: fc.nat(),
});

type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

/** The op a step means in the world as it is now; undefined when it names a customer and none is left. */
function opOf(world: World, companyId: number, step: Change, n: number): WorldOp | undefined {
  const customers = world.customersPage(companyId, 1, 1000);
  const target = customers[step.pick % Math.max(1, customers.length)];
  const second = customers[step.other % Math.max(1, customers.length)];
  const owner = world.company(companyId)!.keyOwnerUserId;
  const input = {
    firstname: 'P',
    surname: 'Q',
    email: `p${n % 5}@x.au`,
    phone1: '0412 345 678',
    type: 'RESIDENTIAL',
  } as const;
  switch (step.kind) {
    case 'create':
      return { kind: 'createCustomer', companyId, ownerUserId: owner, input, at };
    case 'reset':
      return { kind: 'resetCompany', companyId };
    case 'subscribe':
      return {
        kind: 'subscribe',
        companyId,
        hookUrl: `https://h.test/${n % 3}`,
        event: 'customer_created',
        at,
      };
  }
  if (!target || !second) return undefined;
  switch (step.kind) {
    case 'update':
      return {
        kind: 'updateCustomer',
        customerId: target.id,
        patch: { email: `u${n % 4}@x.au`, surname: 'R' },
        at,
      };
    case 'shareEmail':
      return {
        kind: 'updateCustomer',
        customerId: target.id,
        patch: { email: second.email },
        allowDuplicateEmail: true,
        at,
      };
    case 'delete':
      return { kind: 'deleteCustomer', customerId: target.id, at };
    case 'status':
      return { kind: 'setCustomerStatus', customerId: target.id, statusId: 2, at };
    default:
      return { kind: 'addNote', customerId: target.id, note: 'n', at };
  }
}

describe('restoreCompany under random changes', () => {
  it('a company reset gives that company its first records and leaves every other company as it was', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 40 }), (steps) => {
        const world = createWorld(options);
        world.apply({ kind: 'createTenant', customers: 5, seed: 3, apiKey: 'tk_p', at });
        const ids = world.companies().map((company) => company.id);
        const first = parts(world);
        const log: WorldOp[] = [{ kind: 'createTenant', customers: 5, seed: 3, apiKey: 'tk_p', at }];
        for (const [n, step] of steps.entries()) {
          const companyId = ids[step.slot]!;
          const op = opOf(world, companyId, step, n);
          if (!op) continue;
          const before = parts(world);
          log.push(op);
          world.apply(op);
          if (op.kind !== 'resetCompany') continue;
          const after = parts(world);
          for (const id of ids) expect(after.get(id)).toBe(id === companyId ? first.get(id) : before.get(id));
        }
        // Every customer is found by its email, the oldest of those that share it.
        for (const id of ids) {
          for (const customer of world.customersPage(id, 1, 1000)) {
            const found = world.customerByEmail(id, customer.email);
            const oldest = world
              .customersPage(id, 1, 1000)
              .find((c) => c.email.toLowerCase() === customer.email.toLowerCase());
            expect(found).toBe(oldest);
          }
        }
        const replayed = createWorld(options);
        for (const op of log) replayed.apply(op);
        expect(worldSnapshot(replayed)).toBe(worldSnapshot(world));
      }),
      { numRuns: Math.ceil(25 * inject('testScale')) },
    );
  });
});

/** Every index of a state with its entries (nested maps too), as text to compare. */
function dump(state: WorldState): string {
  const entries = (value: unknown): unknown =>
    value instanceof Map ? [...value].map(([key, inner]) => [key, entries(inner)]) : value;
  const { shared: _shared, touched: _touched, ...indexes } = state;
  return JSON.stringify(Object.entries(indexes).map(([name, value]) => [name, entries(value)]));
}

describe('a copied state under random changes', () => {
  it('never writes the state it was copied from, and holds what a state of its own would', () => {
    const seedOptions = { seed: 7, customers: 12, otherCustomers: 4, apiKey: 'k1', records: null };
    // The same world as a World, only to aim the steps at its records.
    const aim = createWorld({ seed: 7, customers: 12, otherCustomers: 4, apiKey: 'k1' });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 30 }), (steps) => {
        const original = seedWorld(seedOptions, 'k2');
        const before = dump(original);
        const copy = copyWorldState(original);
        // The same changes to a state that shares no index: a copy of every index made at once.
        const own = copyWorldState(original);
        for (const index of [...own.shared])
          (own as unknown as Record<string, unknown>)[index] = structuredCopy(own[index]);
        own.shared.clear();
        const ids = [...copy.companies.keys()];
        const view = aimAt(aim, copy);
        for (const [n, step] of steps.entries()) {
          const op = opOf(view, ids[step.slot % ids.length]!, step, n);
          if (!op) continue;
          applyOp(copy, op, 7, original);
          applyOp(own, op, 7, original);
        }
        expect(dump(original)).toBe(before);
        expect(dump(copy)).toBe(dump(own));
      }),
      { numRuns: Math.ceil(40 * inject('testScale')) },
    );
  });
});

/** A deep enough copy of an index: maps of maps and maps of lists get their own inner parts. */
function structuredCopy<T>(index: T): T {
  if (!(index instanceof Map)) return index;
  const copy = new Map();
  for (const [key, value] of index)
    copy.set(
      key,
      value instanceof Map
        ? new Map(value)
        : Array.isArray(value) && !Object.isFrozen(value)
          ? value.slice()
          : value,
    );
  return copy as T;
}

/** The World calls `opOf` makes, answered from `state` (the records the steps are aimed at). */
function aimAt(world: World, state: WorldState): World {
  return {
    ...world,
    customersPage: (companyId: number, _page: number, size: number) =>
      (state.customersByCompany.get(companyId) ?? []).slice(0, size),
    company: (companyId: number) => state.companies.get(companyId),
  } as World;
}
