import type { CustomerId } from '@solarproof/schemas';

/**
 * A customer id as the write actions document it: an integer (`pkcustomerid | integer`). The reads
 * and create answer ids as strings, so a string of digits is sent as its number when that number
 * is exact; a larger one is sent unchanged rather than rounded to another customer's id.
 *
 * @example
 * wireCustomerId('79461'); // 79461
 * wireCustomerId('9007199254740993'); // '9007199254740993'
 */
export function wireCustomerId(id: CustomerId): CustomerId {
  if (typeof id !== 'string' || !/^[0-9]+$/.test(id)) return id;
  const number = Number(id);
  return Number.isSafeInteger(number) ? number : id;
}
