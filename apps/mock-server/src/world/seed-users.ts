import { mobileNumber } from './phone-numbers.js';
import type { Random } from './random.js';
import type { SeedPools } from './seed-pools.js';
import type { User } from './types.js';

const STAFF_TITLES = [
  'Sales Manager',
  'Solar Consultant',
  'Energy Advisor',
  'Operations Manager',
  'Office Admin',
];

/**
 * The users of a company, ids from `firstId`: the first is the API key's owner (the director), the
 * rest are staff. Emails are `first@domain`, usernames `first` + surname initial, both unique.
 */
export function seedUsers(
  random: Random,
  pools: SeedPools,
  companyId: number,
  domain: string,
  count: number,
  firstId: number,
): User[] {
  const users: User[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const firstName = random.pick(pools.firstNames);
    const lastName = random.pick(pools.lastNames);
    let handle = `${firstName}${lastName.charAt(0)}`.toLowerCase().replace(/[^a-z]/g, '');
    while (taken.has(handle)) handle += random.int(0, 9);
    taken.add(handle);
    users.push({
      id: firstId + i,
      companyId,
      firstName,
      lastName,
      phone: mobileNumber(random),
      email: `${handle}@${domain}`,
      workTitle: i === 0 ? 'Director' : random.pick(STAFF_TITLES),
      username: handle,
    });
  }
  return users;
}
