import { type AuState, auLocalities, auStates } from './au-localities.js';
import type { Random } from './random.js';
import type { SeedPools } from './seed-pools.js';
import type { SiteAddress } from './types.js';

const stateWeights = auStates.map((state) => auLocalities[state].weight);

/**
 * The state of a new address: the installer's own state mostly, else one in proportion to where
 * Australia's rooftop solar is.
 */
export function seedState(random: Random, homeState: AuState): AuState {
  if (random.chance(0.85)) return homeState;
  return auStates[random.weighted(stateWeights)] as AuState;
}

/**
 * A real-looking address: a street from the pools in a real suburb, with that suburb's postcode.
 *
 * @example
 * seedAddress(random, pools, 'QLD'); // { streetnum: '45', street: 'Paterson Street', suburb: 'Kirwan', ... }
 */
export function seedAddress(random: Random, pools: SeedPools, state: AuState): SiteAddress {
  const [suburb, postcode] = random.pick(auLocalities[state].suburbs);
  const number = random.int(1, 250);
  // Units and townhouses are written "unit/number".
  const streetnum = random.chance(0.06) ? `${random.int(1, 12)}/${number}` : String(number);
  return { streetnum, street: random.pick(pools.streets), suburb, state, postcode, country: 'Australia' };
}
