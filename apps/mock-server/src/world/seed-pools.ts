import { DEFAULT_SEED_POOLS, DEFAULT_SEED_POOLS_SEED } from '../generated/default-seed-pools.js';
import { drawSeedPools, type SeedPools } from './draw-seed-pools.js';
import { loadFaker } from './load-faker.js';

export type { SeedPools } from './draw-seed-pools.js';

const cache = new Map<number, SeedPools>();

/**
 * The pools of a seed. The default seed's are stored (src/generated/default-seed-pools.ts, checked
 * against faker by a test), so the default world starts without loading faker at all; any other
 * seed's are drawn with faker once and cached, because `reset()` and tenants reseed with seeds
 * already seen.
 *
 * @example
 * seedPools(1).firstNames[0]; // the same name on every run
 */
export function seedPools(seed: number): SeedPools {
  if (seed === DEFAULT_SEED_POOLS_SEED) return DEFAULT_SEED_POOLS;
  const cached = cache.get(seed);
  if (cached) return cached;
  const pools = drawSeedPools(loadFaker(), seed);
  // Bounded: tenants may bring any number of seeds.
  if (cache.size >= 16) cache.clear();
  cache.set(seed, pools);
  return pools;
}
