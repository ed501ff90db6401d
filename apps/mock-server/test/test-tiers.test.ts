import { describe, expect, inject, test } from 'vitest';
import { LONG_TIER_SCALE, testScale, testTiers } from '../../../vitest.tiers.js';

describe('SOLARPROOF_TEST_SCALE', () => {
  test.each([
    ['unset, the tier’s own scale', { given: undefined, fallback: 1, want: 1 }],
    ['empty, the tier’s own scale', { given: ' ', fallback: 20, want: 20 }],
    ['a whole number', { given: '5', fallback: 1, want: 5 }],
    ['a fraction', { given: '0.5', fallback: 20, want: 0.5 }],
  ])('%s', (_name, { given, fallback, want }) => {
    expect(testScale(given, fallback)).toBe(want);
  });

  test.each(['0', '-2', 'abc', 'Infinity'])('refuses %j with a message naming the variable', (given) => {
    expect(() => testScale(given, 1)).toThrow(/SOLARPROOF_TEST_SCALE must be a positive number/);
  });
});

describe('the test tiers', () => {
  test('the default tier runs at scale 1 and the long tier at the long scale, unless told', () => {
    const [fallback, long] = testTiers({});
    expect(fallback?.test?.provide).toEqual({ testScale: 1 });
    expect(long?.test?.provide).toEqual({ testScale: LONG_TIER_SCALE });
    const told = testTiers({ SOLARPROOF_TEST_SCALE: '3' });
    expect(told.map((tier) => tier.test?.provide)).toEqual([{ testScale: 3 }, { testScale: 3 }]);
  });

  test('the default tier leaves out the long tier’s files', () => {
    const [fallback, long] = testTiers({});
    for (const glob of long?.test?.include ?? []) expect(fallback?.test?.exclude).toContain(glob);
  });

  test('hands each test file its tier’s scale through inject("testScale")', () => {
    expect(inject('testScale')).toBe(testScale(process.env.SOLARPROOF_TEST_SCALE, 1));
  });
});
