import { describe, expect, it } from 'vitest';
import { createWorld, DEFAULT_API_KEY, OTHER_API_KEY } from './create-world.js';
import type { World } from './types.js';
import { worldSnapshot } from './world-snapshot.js';

const options = { seed: 3, customers: 1_200 };
const mainOf = (world: World) => world.companyByApiKey(DEFAULT_API_KEY)!.id;
const otherOf = (world: World) => world.companyByApiKey(OTHER_API_KEY)!.id;

/** A world whose every customer is seeded before anything is read. */
function seededAtOnce(): World {
  const world = createWorld(options);
  while (!world.seedAhead(1_000)) {}
  return world;
}

describe('a world seeded as reads need it', () => {
  it('ends with the same world, byte for byte, whatever order the reads came in', () => {
    const lazy = createWorld(options);
    const main = mainOf(lazy);
    lazy.customersPage(main, 3, 50);
    lazy.project(1_100);
    lazy.customer(70_400);
    lazy.seedAhead(7);
    expect(worldSnapshot(lazy)).toBe(worldSnapshot(seededAtOnce()));
  });

  it('answers each read as a world seeded at once does, before the rest is seeded', () => {
    const whole = seededAtOnce();
    const main = mainOf(whole);
    const other = otherOf(whole);
    const page = (world: World, n: number) => JSON.stringify(world.customersPage(main, n, 50));
    const reads: [string, (world: World) => unknown][] = [
      ['page 2', (world) => page(world, 2)],
      ['the last page', (world) => page(world, 24)],
      ['a page past the end', (world) => page(world, 25)],
      ['the other company', (world) => JSON.stringify(world.customersPage(other, 1, 50))],
      ['a customer', (world) => JSON.stringify(world.customer(70_777))],
      ['an id never used', (world) => world.customer(99_999_999)],
      ['a project', (world) => JSON.stringify(world.project(1_500))],
      ['projects of a customer', (world) => JSON.stringify(world.projectsOfCustomer(70_050))],
      ['the count', (world) => world.customerCount(main)],
      ['the other count', (world) => world.customerCount(other)],
    ];
    for (const [name, read] of reads) {
      expect(read(createWorld(options)), name).toEqual(read(whole));
    }
  });

  it('seeds no more than a first page needs to answer it', () => {
    const world = createWorld({ seed: 1, customers: 100_000 });
    expect(world.customersPage(mainOf(world), 1, 50)).toHaveLength(50);
    expect(world.customerCount(mainOf(world))).toBe(100_000);
    // A few steps of seeding, not the world: the next call has nearly all of it still to do.
    expect(world.seedAhead(1_000)).toBe(false);
  });

  it('finds a customer by email, and writes, with every customer seeded first', () => {
    const whole = seededAtOnce();
    const last = whole.customersPage(mainOf(whole), 24, 50).at(-1)!;
    const lazy = createWorld(options);
    expect(lazy.customerByEmail(mainOf(lazy), last.email)?.id).toBe(last.id);
    const write = createWorld(options);
    const result = write.apply({ kind: 'deleteCustomer', customerId: last.id, at: '2026-02-01T00:00:00Z' });
    expect(result.ok).toBe(true);
    expect(write.customerCount(mainOf(write))).toBe(1_199);
    write.reset();
    expect(worldSnapshot(write)).toBe(worldSnapshot(whole));
  });
});
