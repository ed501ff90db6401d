import { type AuState, auLocalities } from './au-localities.js';
import { auStateFacts } from './au-state-facts.js';
import type { Random } from './random.js';

const digits = (random: Random, count: number): string => {
  let out = '';
  for (let i = 0; i < count; i++) out += random.int(0, 9);
  return out;
};

/**
 * An Australian mobile number, spaced `04xx xxx xxx` or unspaced `04xxxxxxxx`, as people type them.
 *
 * @example
 * mobileNumber(random); // '0412 345 678' or '0412345678'
 */
export function mobileNumber(random: Random): string {
  const rest = `4${digits(random, 8)}`;
  return random.chance(0.5) ? `0${rest}` : `0${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`;
}

/**
 * A landline of `state`, written `(02) xxxx xxxx`: its area code, then a two-digit prefix in use
 * there (Sydney's 98, Brisbane's 38, Hobart's 62, ...), so a Tasmanian number never looks Melburnian.
 *
 * @example
 * landlineNumber(random, 'QLD'); // '(07) 3845 1290'
 */
export function landlineNumber(random: Random, state: AuState): string {
  const { metro, regional } = auStateFacts[state].landlinePrefixes;
  // Eight draws, as many as a local number took before prefixes were real: the seeding stream,
  // and with it every id after a landline, stays where it was.
  const prefix = random.pick(random.chance(0.7) ? metro : regional);
  const local = `${prefix}${digits(random, 6)}`;
  // Joined: one flat string for the life of the world (a concatenation keeps its parts).
  return ['(', auLocalities[state].areaCode, ') ', local.slice(0, 4), ' ', local.slice(4)].join('');
}

/**
 * A business's phone: often a `1300 xxx xxx` number, otherwise a landline of its state.
 *
 * @example
 * businessNumber(random, 'NSW'); // '1300 602 452' or '(02) 9876 5432'
 */
export function businessNumber(random: Random, state: AuState): string {
  if (random.chance(0.4)) return `1300 ${digits(random, 3)} ${digits(random, 3)}`;
  return landlineNumber(random, state);
}
