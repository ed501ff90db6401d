import { hash32 } from './random.js';

/**
 * A customer's `uid`: 8 hex digits derived from its id and the world seed. murmur3's finaliser is a
 * bijection on 32-bit integers, so distinct ids of one world never share a uid.
 *
 * @example
 * customerUid(70001, 1); // the same 8 hex digits on every run
 */
export function customerUid(id: number, seed: number): string {
  return uidOf(id, seed);
}

/**
 * A seeded customer's `uid`: null for about one in four, the way the documented getcustomerofproject
 * example has it (customers from before uids, judging by "may be null"). Decided by a hash, not the
 * seeding stream, so no other seeded value moves.
 */
export function seededCustomerUid(id: number, seed: number): string | null {
  return hash32(id, seed, 0x6e756c) % 4 === 0 ? null : uidOf(id, seed);
}

function uidOf(id: number, seed: number): string {
  let h = (id ^ hash32(seed, 0x756964)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0).toString(16).padStart(8, '0');
}
