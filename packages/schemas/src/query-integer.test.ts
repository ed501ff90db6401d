import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { queryInteger } from './query-integer.js';

const page = queryInteger(z.number().int().min(1));

describe('queryInteger', () => {
  test.each([
    ['3', 3],
    ['120', 120],
    [7, 7],
  ])('accepts %j as %i', (given, want) => {
    expect(page.parse(given)).toBe(want);
  });

  test.each(['0', '-1', 'abc', '', ' 2', '2 ', '0x10', '1e2', '1.5', '２'])('rejects %j', (given) => {
    expect(page.safeParse(given).success).toBe(false);
  });
});
