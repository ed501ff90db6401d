import { describe, expect, it } from 'vitest';
import { isoSeconds, noteDatetime } from './format-time.js';

describe('isoSeconds and noteDatetime', () => {
  it.each([
    [
      'an ISO string with milliseconds',
      '2025-10-16T12:00:00.250Z',
      '2025-10-16T12:00:00Z',
      '2025-10-16 12:00:00',
    ],
    [
      'an offset is converted to UTC',
      '2026-01-15T09:30:05+10:00',
      '2026-01-14T23:30:05Z',
      '2026-01-14 23:30:05',
    ],
    ['a leap day', '2024-02-29T23:59:59Z', '2024-02-29T23:59:59Z', '2024-02-29 23:59:59'],
    ['the epoch as a number', 0, '1970-01-01T00:00:00Z', '1970-01-01 00:00:00'],
    ['a year end', Date.UTC(2025, 11, 31, 23, 59, 59), '2025-12-31T23:59:59Z', '2025-12-31 23:59:59'],
  ])('formats %s', (_name, instant, iso, note) => {
    expect(isoSeconds(instant)).toBe(iso);
    expect(noteDatetime(instant)).toBe(note);
  });

  it('agrees with Date for instants across the seeding window', () => {
    for (let ms = Date.UTC(2023, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 7_777_777_000 / 97) {
      const whole = Math.floor(ms / 1000) * 1000;
      expect(isoSeconds(whole)).toBe(new Date(whole).toISOString().replace('.000Z', 'Z'));
    }
  });

  it('rejects what is not an instant', () => {
    expect(() => isoSeconds('yesterday')).toThrow(RangeError);
  });
});
