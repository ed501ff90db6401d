import type { Faker } from '@faker-js/faker';
// The locale entry loads only en_AU (with its en and base fallbacks); the main entry loads every
// locale, about 110 ms of a start.
import { faker } from '@faker-js/faker/locale/en_AU';

/**
 * faker with its Australian locale, for drawing a seed's pools. The CLI's bundle puts
 * node/load-faker-on-demand.js in this module's place, so that a fake of the default seed never
 * loads faker (scripts/bundle-cli.js).
 */
export function loadFaker(): Faker {
  return faker;
}
