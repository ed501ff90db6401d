import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { backoffDelay } from './backoff-delay.js';

const options = { minDelayMs: 100, maxDelayMs: 2000 };

describe('backoffDelay', () => {
  test.each([
    [0, 0, 100],
    [0, 0.999999, 200],
    [1, 0.5, 250],
    [2, 1 - Number.EPSILON, 800],
    [3, 0.5, 850],
    [10, 0.5, 1050],
  ])('retry %i with random %d waits about %i ms', (retry, random, want) => {
    expect(backoffDelay(retry, options, () => random)).toBeCloseTo(want, 0);
  });

  test('always waits between minDelayMs and maxDelayMs', () => {
    fc.assert(
      fc.property(
        fc.nat(60),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.nat(1000),
        fc.nat(10_000),
        (retry, random, min, extra) => {
          const delay = backoffDelay(retry, { minDelayMs: min, maxDelayMs: min + extra }, () => random);
          return delay >= min && delay <= min + extra;
        },
      ),
    );
  });

  test('the ceiling doubles with each retry until the cap', () => {
    const ceilings = [0, 1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, options, () => 1));
    expect(ceilings).toEqual([200, 400, 800, 1600, 2000, 2000]);
  });
});
