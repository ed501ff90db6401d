import { createRequire } from 'node:module';
import type { Faker } from '@faker-js/faker';

type FakerLocaleModule = typeof import('@faker-js/faker/locale/en_AU');

let faker: Faker | undefined;

/**
 * world/load-faker.js as the CLI's bundle has it: faker loaded on the first call, not at start.
 * Drawing a seed's pools is synchronous, so this is `require()` of faker's ES module, which every
 * Node this package supports (20.19 and later) does; it takes about 50 ms, once per process.
 */
export function loadFaker(): Faker {
  faker ??= (createRequire(import.meta.url)('@faker-js/faker/locale/en_AU') as FakerLocaleModule).faker;
  return faker;
}
