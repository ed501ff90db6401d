import { inject } from 'vitest';
import { DEFAULT_API_KEY, type MockApi, OTHER_API_KEY } from '../../../src/index.js';
import type { HostileContext } from './hostile-requests.js';

/** The seed of the property runs: `ROBUSTNESS_SEED` replays a printed one. */
export function robustnessSeed(): number {
  const given = process.env.ROBUSTNESS_SEED;
  return given !== undefined && given !== '' ? Number(given) : Math.floor(Math.random() * 2 ** 31);
}

/**
 * `base` times SOLARPROOF_TEST_SCALE (1 in the default tier, 20 in the long one), rounded up: the run
 * count of a fuzz or property test, so one suite serves both tiers.
 */
export function scaled(base: number): number {
  return Math.ceil(base * inject('testScale'));
}

/** Keys, emails and id ranges of `mock`'s seeded world, for the generators to aim at. */
export function hostileContext(mock: MockApi): HostileContext {
  const { world } = mock;
  const emails: string[] = [];
  const customerIds: number[] = [];
  const projectIds: number[] = [];
  for (const company of world.companies()) {
    for (const user of world.usersOfCompany(company.id)) emails.push(user.email);
    for (const customer of world.customersPage(company.id, 1, 10_000)) customerIds.push(customer.id);
    for (const project of world.projectsOfCompany(company.id)) projectIds.push(project.id);
  }
  for (const id of customerIds.slice(0, 40)) {
    const customer = world.customer(id);
    if (customer) emails.push(customer.email);
  }
  return {
    // Mostly the default company's key, so most requests get past authentication.
    apiKeys: [...Array<string>(8).fill(DEFAULT_API_KEY), OTHER_API_KEY, OTHER_API_KEY, 'sp_mock_wrong', ''],
    emails,
    // Past the seeded ids too, so customers created during the run are updated and deleted.
    customerIds: { min: Math.min(...customerIds) - 2, max: Math.max(...customerIds) + 300 },
    projectIds: { min: Math.min(...projectIds) - 2, max: Math.max(...projectIds) + 2 },
  };
}

/** Megabytes, for messages. */
export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
