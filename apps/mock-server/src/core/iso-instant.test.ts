import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isoInstant } from './iso-instant.js';

const scale = Number(process.env.SOLARPROOF_TEST_SCALE ?? 1);

describe('isoInstant', () => {
  test('formats every instant exactly as Date#toISOString does, however the calls jump between seconds', () => {
    const instant = fc.oneof(
      fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }),
      fc.integer({ min: 1_700_000_000_000, max: 1_700_000_005_000 }),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (instants) => {
        for (const ms of instants) expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 300 * scale },
    );
  });

  test('throws as Date#toISOString does for a time no Date can hold', () => {
    expect(() => isoInstant(Number.NaN)).toThrow(RangeError);
    // Right after the last instant a Date holds, in the same second.
    expect(isoInstant(8_640_000_000_000_000)).toBe('+275760-09-13T00:00:00.000Z');
    expect(() => isoInstant(8_640_000_000_000_001)).toThrow(RangeError);
  });
});
