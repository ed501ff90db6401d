import type { Random } from './random.js';

/** The ATO's weights of the 11 ABN digits. */
const WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19] as const;

/**
 * Whether `abn` is 11 digits with a valid ATO checksum: subtract 1 from the first digit, weight the
 * digits, and the sum must be divisible by 89.
 *
 * @example
 * isValidAbn('51824753556'); // true
 * isValidAbn('51824753557'); // false
 */
export function isValidAbn(abn: string): boolean {
  if (!/^[0-9]{11}$/.test(abn)) return false;
  let sum = 0;
  for (let i = 0; i < 11; i++) {
    const digit = abn.charCodeAt(i) - 48 - (i === 0 ? 1 : 0);
    sum += digit * (WEIGHTS[i] as number);
  }
  return sum % 89 === 0;
}

/**
 * A random ABN with a valid checksum. The last nine digits are random; the first two are then
 * solved for: as the prefix p runs over 10..98 its weighted share is p - 10, which covers every
 * residue mod 89 once, so exactly one prefix makes the sum divisible by 89.
 *
 * @example
 * isValidAbn(generateAbn(createRandom(1))); // true
 */
export function generateAbn(random: Random): string {
  let digits = '';
  let rest = 0;
  for (let i = 2; i < 11; i++) {
    const digit = random.int(0, 9);
    digits += digit;
    rest += digit * (WEIGHTS[i] as number);
  }
  const prefix = 10 + ((89 - (rest % 89)) % 89);
  return `${prefix}${digits}`;
}
