import type { WebhookEventType } from '@solarproof/schemas';
import { applyOp } from './apply-op.js';
import { ChangeHistory } from './change-history.js';
import { startSeededWorld } from './seed-world.js';
import type { Company, StoredCustomer, StoredProject, User, World, WorldOptions } from './types.js';
import { copyWorldState, findCustomerByEmail, type WorldState } from './world-state.js';

/** The API key of the default company (a fixed, key-shaped value, so docs and tests can use it). */
export const DEFAULT_API_KEY = 'sp_mock_7f3a9c2e41b84d06a5e1c9b2d3f40a11';

/** The API key of the second company, whose customers the default key must not reach. */
export const OTHER_API_KEY = 'sp_mock_2b9e64d1c07a4f3895e0ab7c1d6f2e58';

const none: readonly never[] = [];
// Customers seeded at a time when a read needs more: a few pages' worth, a fraction of a millisecond.
const SEED_STEP = 100;

/**
 * A fake Solar Proof in memory: two seeded companies, changed only through `apply`.
 *
 * @example
 * const world = createWorld({ seed: 7 });
 * const company = world.companyByApiKey(DEFAULT_API_KEY)!;
 * world.customersPage(company.id, 1, 50).length; // 50
 */
export function createWorld(options: WorldOptions = {}): World {
  const resolved: Required<WorldOptions> = {
    seed: options.seed ?? 1,
    customers: options.customers ?? 130,
    otherCustomers: options.otherCustomers ?? 12,
    apiKey: options.apiKey ?? DEFAULT_API_KEY,
    records: options.records ?? null,
  };
  if (resolved.apiKey === OTHER_API_KEY) throw new Error('apiKey must differ from OTHER_API_KEY');
  // Seeded once and never changed: reads use it until the first write, which works on a copy of
  // its indexes; a reset goes back to it, so a big world is neither seeded nor held twice. Its
  // customers come in creation order as reads need them (or `seedAhead` asks): a read waits
  // only for the records it shows, and anything that needs them all (a write, a search by email)
  // seeds the rest first.
  const { state: seeded, seeder, customerCounts } = startSeededWorld(resolved, OTHER_API_KEY);
  let state: WorldState = seeded;
  const seedAll = (): void => {
    if (!seeder.done) seeder.seedMore(Number.POSITIVE_INFINITY);
  };
  // Ids grow with seeding order, and a customer's projects are seeded with it.
  const seedThroughCustomer = (id: number): void => {
    while (!seeder.done && seeded.next.customerId <= id) seeder.seedMore(SEED_STEP);
  };
  const seedThroughProject = (id: number): void => {
    while (!seeder.done && seeded.next.projectId <= id) seeder.seedMore(SEED_STEP);
  };
  const seedPage = (companyId: number, end: number): void => {
    const list = seeded.customersByCompany.get(companyId);
    const wanted = Math.min(end, customerCounts.get(companyId) ?? 0);
    while (!seeder.done && list && list.length < wanted) seeder.seedMore(SEED_STEP);
  };

  let revision = 0;
  // What each revision touched, one entry per revision (`revision` is always its newest).
  const history = new ChangeHistory();
  const world: World = {
    options: resolved,
    companyByApiKey: (apiKey): Company | undefined => state.companyByKey.get(apiKey),
    company: (companyId) => state.companies.get(companyId),
    companies: () => [...state.companies.values()],
    user: (userId): User | undefined => state.users.get(userId),
    usersOfCompany: (companyId) => state.usersByCompany.get(companyId) ?? none,
    userByEmail: (companyId, email) => state.userByEmail.get(companyId)?.get(email.toLowerCase()),
    customerCount(companyId) {
      // While seeding, only the seeded state can be read (a write seeds everything first).
      if (!seeder.done) return customerCounts.get(companyId) ?? 0;
      return state.customersByCompany.get(companyId)?.length ?? 0;
    },
    customersPage(companyId, page, perPage): readonly StoredCustomer[] {
      if (page < 1 || perPage < 1) return none;
      seedPage(companyId, page * perPage);
      const list = state.customersByCompany.get(companyId);
      if (!list) return none;
      return list.slice((page - 1) * perPage, page * perPage);
    },
    customer(customerId) {
      seedThroughCustomer(customerId);
      return state.customers.get(customerId);
    },
    customerByEmail(companyId, email) {
      seedAll();
      return findCustomerByEmail(state, companyId, email);
    },
    project(projectId): StoredProject | undefined {
      seedThroughProject(projectId);
      return state.projects.get(projectId);
    },
    projectsOfCustomer(customerId) {
      seedThroughCustomer(customerId);
      return state.projectsByCustomer.get(customerId) ?? none;
    },
    projectsOfCompany(companyId) {
      seedAll();
      return state.projectsByCompany.get(companyId)?.slice() ?? none;
    },
    subscriptions(companyId, event?: WebhookEventType) {
      const list = state.subscriptions.get(companyId) ?? none;
      return event === undefined ? [...list] : list.filter((s) => s.event === event);
    },
    seedAhead(customers) {
      return seeder.seedMore(customers);
    },
    apply(op) {
      // Every change moves the revision on, counted before it and whatever its outcome (a failed
      // change may still have touched state).
      revision += 1;
      seedAll();
      if (state === seeded) state = copyWorldState(seeded);
      state.touched = [];
      try {
        return applyOp(state, op, resolved.seed, seeded);
      } finally {
        history.record(state.touched);
        // Whatever writes the state next, outside a change, cannot add to the list kept.
        state.touched = null;
      }
    },
    reset() {
      state = seeded;
      revision += 1;
      history.record(null);
    },
    revision: () => revision,
    customersTouchedSince: (since) => history.customersTouchedSince(since),
  };
  return world;
}
