import type { Random } from './random.js';

const PERSONAL_DOMAINS = [
  'gmail.com',
  'gmail.com',
  'gmail.com',
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'bigpond.com',
  'icloud.com',
  'yahoo.com.au',
  'optusnet.com.au',
  'live.com.au',
  'iinet.net.au',
];

const letters = (name: string): string => name.toLowerCase().replace(/[^a-z]/g, '');

/** A personal email domain, weighted towards the common ones. */
export function personalDomain(random: Random): string {
  return random.pick(PERSONAL_DOMAINS);
}

/**
 * An email unique among `used` (lower-case, updated here): a usual local part, and when it is taken
 * a counter, so uniqueness holds by construction and not by luck.
 *
 * @example
 * seedEmail(random, new Set(), 'Jack', "O'Brien", 'gmail.com'); // 'jack.obrien@gmail.com'
 */
export function seedEmail(
  random: Random,
  used: Set<string>,
  first: string,
  last: string,
  domain: string,
): string {
  const f = letters(first);
  const l = letters(last);
  let base: string;
  switch (random.int(0, 4)) {
    case 0:
      base = `${f}.${l}`;
      break;
    case 1:
      base = `${f}${l}`;
      break;
    case 2:
      base = `${f.charAt(0)}${l}`;
      break;
    case 3:
      base = `${f}.${l}${random.int(1, 99)}`;
      break;
    default:
      base = `${f}${random.int(70, 99)}`;
  }
  // Joined, not concatenated: a flat string, which every render reads without flattening it
  // first (the world keeps its strings flat; see `formatUtc`).
  let email = [base, '@', domain].join('');
  for (let n = 2; used.has(email); n++) email = [base, n, '@', domain].join('');
  used.add(email);
  return email;
}
