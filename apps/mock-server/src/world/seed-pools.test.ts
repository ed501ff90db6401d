import { en_AU } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { AU_FIRST_NAMES } from './au-first-names.js';
import { AU_SURNAMES } from './au-names.js';
import { seedPools } from './seed-pools.js';

describe('seedPools', () => {
  it("draws first names from faker's en_AU list, copied here unchanged", () => {
    const names = en_AU.person?.first_name as { female: string[]; male: string[] };
    expect(AU_FIRST_NAMES).toEqual([...names.female, ...names.male]);
  });

  it('gives the same pools for a seed, and others for another seed', () => {
    expect(JSON.stringify(seedPools(11))).toBe(JSON.stringify({ ...seedPools(11) }));
    expect(seedPools(11).firstNames).not.toEqual(seedPools(12).firstNames);
  });

  it('fills every pool from the tables: Australian names, and notes with their placeholders', () => {
    const pools = seedPools(5);
    expect(pools.firstNames.every((name) => AU_FIRST_NAMES.includes(name))).toBe(true);
    expect(pools.lastNames.every((name) => AU_SURNAMES.includes(name))).toBe(true);
    expect(new Set(pools.firstNames).size).toBeGreaterThan(100);
    expect(pools.notes.some((note) => note.includes('{first}'))).toBe(true);
    expect(pools.notes.some((note) => note.includes('{network}'))).toBe(true);
    expect(pools.businessNames.every((name) => / (Pty Ltd|& Co|Group|Holdings|Trust)$/.test(name))).toBe(
      true,
    );
  });
});
