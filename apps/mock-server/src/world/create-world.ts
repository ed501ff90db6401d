import type { WebhookEventType } from '@solarproof/schemas';
import { applyOp } from './apply-op.js';
import { seedWorld } from './seed-world.js';
import type { Company, StoredCustomer, StoredProject, User, World, WorldOptions } from './types.js';
import { copyWorldState, findCustomerByEmail, type WorldState } from './world-state.js';

/** The API key of the default company (a fixed, key-shaped value, so docs and tests can use it). */
export const DEFAULT_API_KEY = 'sp_mock_7f3a9c2e41b84d06a5e1c9b2d3f40a11';

/** The API key of the second company, whose customers the default key must not reach. */
export const OTHER_API_KEY = 'sp_mock_2b9e64d1c07a4f3895e0ab7c1d6f2e58';

const none: readonly never[] = [];

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
  // its indexes; a reset goes back to it, so a big world is neither seeded nor held twice.
  const seeded: WorldState = seedWorld(resolved, OTHER_API_KEY);
  let state: WorldState = seeded;

  return {
    options: resolved,
    companyByApiKey: (apiKey): Company | undefined => state.companyByKey.get(apiKey),
    company: (companyId) => state.companies.get(companyId),
    companies: () => [...state.companies.values()],
    user: (userId): User | undefined => state.users.get(userId),
    usersOfCompany: (companyId) => state.usersByCompany.get(companyId) ?? none,
    userByEmail: (companyId, email) => state.userByEmail.get(companyId)?.get(email.toLowerCase()),
    customerCount: (companyId) => state.customersByCompany.get(companyId)?.length ?? 0,
    customersPage(companyId, page, perPage): readonly StoredCustomer[] {
      const list = state.customersByCompany.get(companyId);
      if (!list || page < 1 || perPage < 1) return none;
      return list.slice((page - 1) * perPage, page * perPage);
    },
    customer: (customerId) => state.customers.get(customerId),
    customerByEmail: (companyId, email) => findCustomerByEmail(state, companyId, email),
    project: (projectId): StoredProject | undefined => state.projects.get(projectId),
    projectsOfCustomer: (customerId) => state.projectsByCustomer.get(customerId) ?? none,
    projectsOfCompany: (companyId) => state.projectsByCompany.get(companyId)?.slice() ?? none,
    subscriptions(companyId, event?: WebhookEventType) {
      const list = state.subscriptions.get(companyId) ?? none;
      return event === undefined ? [...list] : list.filter((s) => s.event === event);
    },
    apply(op) {
      if (state === seeded) state = copyWorldState(seeded);
      return applyOp(state, op, resolved.seed, seeded);
    },
    reset() {
      state = seeded;
    },
  };
}
