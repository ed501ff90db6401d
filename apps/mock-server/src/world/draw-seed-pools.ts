import type { Faker } from '@faker-js/faker';
import { AU_STREET_STEMS, AU_SURNAMES } from './au-names.js';

/** Values drawn from faker once per seed; records combine them with the fast PRNG. */
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
const BATTERIES = ['Tesla Powerwall', 'BYD HVM', 'Sungrow SBR', 'Alpha ESS', 'Enphase IQ'];

const POOL_SIZE = { firstNames: 400, lastNames: 400, streets: 500, businessNames: 300, notes: 120 };

function noteText(faker: Faker): string {
  const kw = faker.helpers.arrayElement(['6.6', '8', '10', '13.3', '15']);
  const day = faker.helpers.arrayElement(WEEKDAYS);
  const templates: readonly (() => string)[] = [
    () => `{first} is keen on a ${kw}kW system. Wants a call next ${day}`,
    () => `Left a voicemail for {first}, will try again ${day} ${faker.helpers.arrayElement(PARTS)}`,
    () =>
      `Roof is ${faker.helpers.arrayElement(ROOFS)}, ${faker.helpers.arrayElement(FACING)}, little shading`,
    () => `Sent proposal by email. Follow up on ${day}`,
    () => `Asked about adding a ${faker.helpers.arrayElement(BATTERIES)} later`,
    () => `Prefers ${faker.helpers.arrayElement(BRANDS)} panels; compare pricing`,
    () => `Quarterly bill about $${faker.number.int({ min: 4, max: 19 })}00, mostly daytime use`,
    () => `Site inspection booked for ${day} ${faker.helpers.arrayElement(PARTS)}`,
    () => 'Meter needs upgrading, lodged with {network}',
    () => `Switchboard photos received from {first}`,
    () => `Deposit paid, install pencilled in for ${faker.date.month()}`,
    () => `Referred by ${faker.person.firstName()} ${faker.helpers.arrayElement(AU_SURNAMES)}`,
  ];
  return faker.helpers.arrayElement(templates)();
}

/**
 * Draws the pools of `seed` with `faker` (its Australian locale): about 2,000 faker calls. The
 * same seed gives the same pools from the same faker version.
 *
 * @example
 * drawSeedPools(faker, 3).firstNames[0]; // the same name on every run
 */
export function drawSeedPools(faker: Faker, seed: number): SeedPools {
  faker.seed(seed);
  const many = <T>(count: number, make: () => T): T[] => Array.from({ length: count }, make);
  return {
    firstNames: many(POOL_SIZE.firstNames, () => faker.person.firstName()),
    lastNames: many(POOL_SIZE.lastNames, () => faker.helpers.arrayElement(AU_SURNAMES)),
    streets: many(
      POOL_SIZE.streets,
      () => `${faker.helpers.arrayElement(AU_STREET_STEMS)} ${faker.helpers.arrayElement(STREET_SUFFIXES)}`,
    ),
    businessNames: many(
      POOL_SIZE.businessNames,
      () =>
        `${faker.helpers.arrayElement(AU_SURNAMES)} ${faker.helpers.arrayElement(TRADES)} ${faker.helpers.arrayElement(ENTITIES)}`,
    ),
    notes: many(POOL_SIZE.notes, () => noteText(faker)),
  };
}
