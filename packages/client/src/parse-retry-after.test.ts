import { describe, expect, test } from 'vitest';
import { parseRetryAfter } from './parse-retry-after.js';

const now = Date.parse('2025-10-16T12:00:00Z');

describe('parseRetryAfter', () => {
  test.each([
    ['seconds', '120', 120_000],
    ['seconds with spaces', ' 3 ', 3000],
    ['zero', '0', 0],
    ['fractional seconds', '1.5', 1500],
    ['an HTTP date', 'Thu, 16 Oct 2025 12:00:05 GMT', 5000],
    ['an HTTP date in the past', 'Thu, 16 Oct 2025 11:00:00 GMT', 0],
  ])('reads %s', (_name, header, want) => {
    expect(parseRetryAfter(header, now)).toBe(want);
  });

  test.each([
    ['no header', null],
    ['a negative number', '-5'],
    ['garbage', 'soon'],
  ])('gives undefined for %s, so that backoff applies', (_name, header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});
