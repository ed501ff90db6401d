import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';

const draws = (seed: number): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: 20 }, () => random.next());
};

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs between seeds', () => {
    expect(draws(1)).toEqual(draws(1));
    expect(draws(1)).not.toEqual(draws(2));
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const random = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(random.int(1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('draws weighted() indices roughly in proportion and never one of weight 0', () => {
    const random = createRandom(4);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10_000; i++) counts[random.weighted([3, 0, 1])]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[0]! / counts[2]!).toBeGreaterThan(2.5);
    expect(counts[0]! / counts[2]!).toBeLessThan(3.5);
  });

  it('refuses to pick from an empty array', () => {
    expect(() => createRandom(1).pick([])).toThrow();
  });
});
