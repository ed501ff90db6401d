import { AU_FIRST_NAMES } from './au-first-names.js';
import { AU_STREET_STEMS, AU_SURNAMES } from './au-names.js';
import { createRandom, hash32, type Random } from './random.js';

/** Values drawn once per seed from the tables (faker's en_AU first names among them); records combine them. */
export interface SeedPools {
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
  /** e.g. `Paterson Street` */
  readonly streets: readonly string[];
  /** Trading names of business customers, e.g. `Moss Plumbing Pty Ltd`. */
  readonly businessNames: readonly string[];
  /** Note texts; `{first}` stands for the customer's first name, `{network}` for the site's electricity network. */
  readonly notes: readonly string[];
}

// Faker's en_AU street suffixes include "Island" and "Knoll"; these are the ones addresses use.
const STREET_SUFFIXES = [
  'Street',
  'Street',
  'Street',
  'Road',
  'Road',
  'Avenue',
  'Drive',
  'Court',
  'Crescent',
  'Parade',
  'Place',
  'Close',
  'Terrace',
  'Lane',
  'Way',
  'Circuit',
  'Grove',
  'Highway',
];
const TRADES = [
  'Plumbing',
  'Electrical',
  'Engineering',
  'Motors',
  'Cafe',
  'Dental',
  'Family Farms',
  'Logistics',
  'Constructions',
  'Accounting',
  'Bakery',
  'Vineyards',
  'Cold Storage',
  'Physiotherapy',
  'Hardware',
];
const ENTITIES = ['Pty Ltd', 'Pty Ltd', 'Pty Ltd', '& Co', 'Group', 'Holdings', 'Trust'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const PARTS = ['morning', 'arvo', 'afternoon'];
const ROOFS = ['tin', 'Colorbond', 'tile', 'terracotta tile', 'Klip-Lok', 'concrete tile'];
const FACING = ['north-facing', 'north-east facing', 'north-west facing', 'east-west split'];
const BRANDS = ['Jinko', 'Trina', 'REC', 'LONGi', 'SunPower', 'Q Cells', 'Canadian Solar'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const BATTERIES = ['Tesla Powerwall', 'BYD HVM', 'Sungrow SBR', 'Alpha ESS', 'Enphase IQ'];

const POOL_SIZE = { firstNames: 400, lastNames: 400, streets: 500, businessNames: 300, notes: 120 };

function noteText(random: Random): string {
  const kw = random.pick(['6.6', '8', '10', '13.3', '15']);
  const day = random.pick(WEEKDAYS);
  const templates: readonly (() => string)[] = [
    () => `{first} is keen on a ${kw}kW system. Wants a call next ${day}`,
    () => `Left a voicemail for {first}, will try again ${day} ${random.pick(PARTS)}`,
    () => `Roof is ${random.pick(ROOFS)}, ${random.pick(FACING)}, little shading`,
    () => `Sent proposal by email. Follow up on ${day}`,
    () => `Asked about adding a ${random.pick(BATTERIES)} later`,
    () => `Prefers ${random.pick(BRANDS)} panels; compare pricing`,
    () => `Quarterly bill about $${random.int(4, 19)}00, mostly daytime use`,
    () => `Site inspection booked for ${day} ${random.pick(PARTS)}`,
    () => 'Meter needs upgrading, lodged with {network}',
    () => `Switchboard photos received from {first}`,
    () => `Deposit paid, install pencilled in for ${random.pick(MONTHS)}`,
    () => `Referred by ${random.pick(AU_FIRST_NAMES)} ${random.pick(AU_SURNAMES)}`,
  ];
  return random.pick(templates)();
}

const cache = new Map<number, SeedPools>();

// The pools' own stream of a seed, apart from every record's.
const POOL_STREAM = 0x706f6f6c;

/**
 * The pools of a seed, drawn from the tables with the seeded PRNG (about 2,000 draws, once per
 * seed; cached because tenants reseed with seeds already seen).
 *
 * @example
 * seedPools(1).firstNames[0]; // the same name on every run
 */
export function seedPools(seed: number): SeedPools {
  const cached = cache.get(seed);
  if (cached) return cached;
  const random = createRandom(hash32(seed, POOL_STREAM));
  const many = <T>(count: number, make: () => T): T[] => Array.from({ length: count }, make);
  const pools: SeedPools = {
    firstNames: many(POOL_SIZE.firstNames, () => random.pick(AU_FIRST_NAMES)),
    lastNames: many(POOL_SIZE.lastNames, () => random.pick(AU_SURNAMES)),
    streets: many(POOL_SIZE.streets, () => `${random.pick(AU_STREET_STEMS)} ${random.pick(STREET_SUFFIXES)}`),
    businessNames: many(
      POOL_SIZE.businessNames,
      () => `${random.pick(AU_SURNAMES)} ${random.pick(TRADES)} ${random.pick(ENTITIES)}`,
    ),
    notes: many(POOL_SIZE.notes, () => noteText(random)),
  };
  // Bounded: tenants may bring any number of seeds.
  if (cache.size >= 16) cache.clear();
  cache.set(seed, pools);
  return pools;
}
