import { addRecordedRecords, reserveRecordedIds } from './add-recorded-records.js';
import { type AuState, auLocalities, auStates } from './au-localities.js';
import type { CompanySeed } from './company-seed.js';
import { createRandom, hash32 } from './random.js';
import { type CustomerSeeder, createCustomerSeeder, seedCustomers } from './seed-customers.js';
import { seedPools } from './seed-pools.js';
import { seedUsers } from './seed-users.js';
import type { Company, TenantInterpretation, WorldOptions } from './types.js';
import { addCompany, addUser, createWorldState, skipIds, takeId, type WorldState } from './world-state.js';

/**
 * Seeded data ends here, never at the wall clock, so one seed gives byte-identical worlds on any day.
 */
export const REFERENCE_DATE = '2026-01-15T00:00:00Z';
const TWO_YEARS = 730 * 86_400_000;

/** Who a seeded company is. */
interface CompanyProfile {
  readonly name: string;
  readonly domain: string;
  readonly homeState: AuState;
  readonly users: number;
  readonly apiKey: string;
  readonly interpretation?: TenantInterpretation | undefined;
}

const hex12 = (random: ReturnType<typeof createRandom>): string =>
  Array.from({ length: 12 }, () => random.int(0, 15).toString(16)).join('');

/** Adds a company and its users to `state` and returns what seeding its customers needs. */
function startCompany(
  state: WorldState,
  profile: CompanyProfile,
  streamSeed: number,
  poolSeed: number,
  uidSeed: number,
  endMs: number,
): CompanySeed {
  const random = createRandom(streamSeed);
  const pools = seedPools(poolSeed);
  const id = takeId(state, 'companyId');
  const users = seedUsers(random, pools, id, profile.domain, profile.users, state.next.userId);
  skipIds(state, 'userId', users.length);
  const owner = users[0];
  if (!owner) throw new Error('A company needs at least one user');
  const company: Company = {
    id,
    name: profile.name,
    apiKeys: [profile.apiKey],
    keyOwnerUserId: owner.id,
    homeState: profile.homeState,
    ...(profile.interpretation ? { interpretation: profile.interpretation } : {}),
  };
  addCompany(state, company);
  for (const user of users) addUser(state, user);
  return {
    company,
    homeState: profile.homeState,
    users,
    random,
    pools,
    usedEmails: new Set(),
    uploadDir: hex12(random),
    uidSeed,
    endMs,
  };
}

/** A seeded world whose customers are seeded as they are needed (see `startSeededWorld`). */
export interface SeedingWorld {
  /** Its companies and users from the start; customers and projects as `seeder` adds them. */
  readonly state: WorldState;
  readonly seeder: CustomerSeeder;
  /** company id → how many customers it has once seeding is done. */
  readonly customerCounts: ReadonlyMap<number, number>;
}

/**
 * The seeded world of `options`: a Sydney installer (the key's company) and a Queensland one (the
 * "other company" whose ids exist but are not the caller's), with customers created over the two
 * years before `REFERENCE_DATE`, ids interleaved between them. Only the companies and users are
 * there at first: customers follow in creation order as `seeder.seedMore` asks, so a big world can
 * answer its first pages before the rest is seeded, with the same records in the end.
 *
 * @example
 * const { state, seeder } = startSeededWorld({ seed: 1, customers: 130, otherCustomers: 12, apiKey: 'k1' }, 'k2');
 * seeder.seedMore(50); // the first 50 customers, of either company, in creation order
 */
export function startSeededWorld(options: Required<WorldOptions>, otherApiKey: string): SeedingWorld {
  const state = createWorldState();
  const endMs = Date.parse(REFERENCE_DATE);
  const { seed } = options;
  const main = startCompany(
    state,
    {
      name: 'Harbour City Solar Pty Ltd',
      domain: 'harbourcitysolar.com.au',
      homeState: 'NSW',
      users: 5,
      apiKey: options.apiKey,
    },
    hash32(seed, 1),
    seed,
    seed,
    endMs,
  );
  const other = startCompany(
    state,
    {
      name: 'Sunstate Energy Co',
      domain: 'sunstateenergy.com.au',
      homeState: 'QLD',
      users: 3,
      apiKey: otherApiKey,
    },
    hash32(seed, 2),
    seed,
    seed,
    endMs,
  );
  const records = options.records ?? null;
  if (records) reserveRecordedIds(state, records);
  const mainCount = records ? 0 : options.customers;
  const seeder = createCustomerSeeder(
    state,
    [
      // Recorded customers (--world-from) take the place of the default company's seeded ones.
      { seed: main, count: mainCount, startMs: endMs - TWO_YEARS },
      { seed: other, count: options.otherCustomers, startMs: endMs - TWO_YEARS },
    ],
    createRandom(hash32(seed, 3)),
  );
  if (records) {
    // Recorded records go in after the seeded ones: seeded at once (a few other customers).
    seeder.seedMore(Number.POSITIVE_INFINITY);
    addRecordedRecords(state, main.company.id, records);
  }
  const customerCounts = new Map([
    [main.company.id, mainCount],
    [other.company.id, options.otherCustomers],
  ]);
  return { state, seeder, customerCounts };
}

/** The seeded world of `options`, every customer seeded (see `startSeededWorld`). */
export function seedWorld(options: Required<WorldOptions>, otherApiKey: string): WorldState {
  const world = startSeededWorld(options, otherApiKey);
  world.seeder.seedMore(Number.POSITIVE_INFINITY);
  return world.state;
}

/** What `createTenant` asks for. */
export interface TenantRequest {
  readonly name?: string | undefined;
  readonly customers: number;
  readonly seed: number;
  readonly apiKey: string;
  /** Instant of creation: the tenant's customers were created in the two years before it. */
  readonly at: string;
  /** The tenant's own reading of the docs. */
  readonly interpretation?: TenantInterpretation | undefined;
}

/**
 * Adds a fresh company to `state`: three users, `customers` customers seeded from `request.seed`,
 * and the given API key. Its ids continue the world's global sequences.
 */
export function seedTenant(state: WorldState, request: TenantRequest, uidSeed: number): Company {
  const random = createRandom(hash32(request.seed, 4));
  const pools = seedPools(request.seed);
  const name = request.name ?? `${random.pick(pools.lastNames)} Solar Pty Ltd`;
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .slice(0, 24) || 'tenant';
  const homeState = auStates[random.weighted(auStates.map((s) => auLocalities[s].weight))] as AuState;
  const endMs = Date.parse(request.at);
  if (Number.isNaN(endMs)) throw new Error(`createTenant: 'at' is not an instant: ${request.at}`);
  const tenant = startCompany(
    state,
    {
      name,
      domain: `${slug}.com.au`,
      homeState,
      users: 3,
      apiKey: request.apiKey,
      interpretation: request.interpretation,
    },
    hash32(request.seed, 5),
    request.seed,
    uidSeed,
    endMs,
  );
  seedCustomers(state, [{ seed: tenant, count: request.customers, startMs: endMs - TWO_YEARS }], null);
  return tenant.company;
}
