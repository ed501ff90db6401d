import { createRequire } from 'node:module';
import type { Faker } from '@faker-js/faker';

type FakerLocaleModule = typeof import('@faker-js/faker/locale/en_AU');

const SPECIFIER = '@faker-js/faker/locale/en_AU';
let faker: Faker | undefined;

/**
 * world/load-faker.js as the CLI's bundle has it: faker loaded on the first call, not at start.
 * Drawing a seed's pools is synchronous, so this is `require()` of faker's ES module, which every
 * Node this package supports (20.19 and later) does unless `--no-experimental-require-module`
 * turns it off; then `preloadFakerWhereNeeded()` has imported it at start.
 */
export function loadFaker(): Faker {
  faker ??= (createRequire(import.meta.url)(SPECIFIER) as FakerLocaleModule).faker;
  return faker;
}

/**
 * Imports faker now if `loadFaker()` could not `require()` it later (require of ES modules turned
 * off), so the fake then starts as it did before faker was loaded on demand.
 */
export async function preloadFakerWhereNeeded(
  features: { readonly require_module?: boolean } = process.features,
): Promise<boolean> {
  if (features.require_module !== false || faker) return false;
  faker = ((await import(SPECIFIER)) as FakerLocaleModule).faker;
  return true;
}
