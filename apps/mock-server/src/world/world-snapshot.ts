import type { World } from './types.js';

/**
 * Every record of a world as one JSON string, to compare worlds: two of one seed, or a world and
 * the replay of its journal, are equal exactly when their snapshots are.
 *
 * @example
 * worldSnapshot(createWorld({ seed: 3 })) === worldSnapshot(createWorld({ seed: 3 })); // true
 */
export function worldSnapshot(world: World): string {
  return JSON.stringify(
    world.companies().map((company) => ({
      company,
      users: world.usersOfCompany(company.id),
      customers: world.customersPage(company.id, 1, Number.MAX_SAFE_INTEGER),
      projects: world.projectsOfCompany(company.id),
      subscriptions: world.subscriptions(company.id),
    })),
  );
}
