import type { CompanySeed } from './company-seed.js';
import type { Random } from './random.js';
import { seedCustomer } from './seed-customer.js';
import { seedProject } from './seed-project.js';
import type { StoredProject } from './types.js';
import {
  addCustomer,
  addCustomerProjects,
  addProject,
  skipIds,
  takeId,
  type WorldState,
} from './world-state.js';

const DAY = 86_400_000;
const PROJECT_COUNT_WEIGHTS = [30, 45, 17, 8]; // 0..3 projects a customer

/** How many customers to seed for a company, and over which time window. */
export interface CustomerPlan {
  readonly seed: CompanySeed;
  readonly count: number;
  readonly startMs: number;
}

/** `count` creation instants in [startMs, endMs), whole seconds, ascending. */
function creationTimes(plan: CustomerPlan): Float64Array {
  const { random, endMs } = plan.seed;
  const times = new Float64Array(plan.count);
  for (let i = 0; i < plan.count; i++) {
    times[i] = Math.floor((plan.startMs + random.next() * (endMs - plan.startMs)) / 1000) * 1000;
  }
  return times.sort();
}

/**
 * Local indices after which a company gets a project with no customer: about 4% of its customers,
 * at least two, spread evenly with jitter.
 */
function unassignedSlots(plan: CustomerPlan): number[] {
  if (plan.count === 0) return [];
  const slots = Math.max(2, Math.round(plan.count * 0.04));
  return Array.from({ length: slots }, (_, j) =>
    Math.floor(((j + plan.seed.random.next()) * plan.count) / slots),
  );
}

/** Where the merge stands in one company's creation times. */
interface Cursor {
  readonly plan: CustomerPlan;
  readonly times: Float64Array;
  readonly slots: readonly number[];
  done: number;
  slot: number;
}

const timeOf = (cursor: Cursor): number => cursor.times[cursor.done] ?? Number.POSITIVE_INFINITY;

/** Seeding under way: customers are seeded in creation order, as many at a time as asked for. */
export interface CustomerSeeder {
  /** Seeds up to `customers` more; true when every customer of every plan is seeded. */
  seedMore(customers: number): boolean;
  /** Whether every customer is seeded. */
  readonly done: boolean;
}

/**
 * Seeds the customers and projects of several companies into `state`, in one creation order across
 * companies (as rows of one database are), so ids grow with time and interleave between companies.
 * `gaps` skips an id now and then, like rows deleted long ago. Nothing is seeded until `seedMore`
 * asks; however it is split up, the same plans give the same records and ids.
 */
export function createCustomerSeeder(
  state: WorldState,
  plans: readonly CustomerPlan[],
  gaps: Random | null,
): CustomerSeeder {
  let cursors: Cursor[] = plans.map((plan) => ({
    plan,
    times: creationTimes(plan),
    slots: unassignedSlots(plan),
    done: 0,
    slot: 0,
  }));
  let done = false;
  const seedOne = (): boolean => {
    let cursor: Cursor | undefined;
    for (const candidate of cursors) {
      if (candidate.done >= candidate.plan.count) continue;
      if (!cursor || timeOf(candidate) < timeOf(cursor)) cursor = candidate;
    }
    if (!cursor) return false;
    const { seed } = cursor.plan;
    const createdMs = timeOf(cursor);
    if (gaps?.chance(0.03)) skipIds(state, 'customerId', gaps.int(1, 3));
    const customer = addCustomer(state, seedCustomer(seed, takeId(state, 'customerId'), createdMs));
    const projectCount = seed.random.weighted(PROJECT_COUNT_WEIGHTS);
    // Sized to its projects (the list is kept): an array grown by push() keeps room for 17.
    const projects = new Array<StoredProject>(projectCount);
    for (let p = 0; p < projectCount; p++) {
      const projectMs = createdMs + seed.random.int(0, 45 * DAY);
      projects[p] = seedProject(seed, takeId(state, 'projectId'), customer, projectMs);
    }
    addCustomerProjects(state, customer.id, projects);
    while (cursor.slots[cursor.slot] === cursor.done) {
      cursor.slot++;
      const draftMs = createdMs + seed.random.int(0, 10 * DAY);
      addProject(state, seedProject(seed, takeId(state, 'projectId'), null, draftMs));
    }
    cursor.done++;
    return true;
  };
  return {
    seedMore(customers) {
      for (let i = 0; i < customers && !done; i++) done = !seedOne();
      // The last customer seeded may have been the last one: look ahead so `done` says so.
      if (!done) done = cursors.every((cursor) => cursor.done >= cursor.plan.count);
      // What seeding needed (the used emails, the creation times) can go now.
      if (done) cursors = [];
      return done;
    },
    get done() {
      return done;
    },
  };
}

/** Seeds every customer and project of `plans` into `state` at once (see `createCustomerSeeder`). */
export function seedCustomers(state: WorldState, plans: readonly CustomerPlan[], gaps: Random | null): void {
  createCustomerSeeder(state, plans, gaps).seedMore(Number.POSITIVE_INFINITY);
}
