import { describe, expect, test } from 'vitest';
import type { ClientOptions } from './client-options.js';
import { resolveOptions } from './resolve-options.js';

const rows: [string, { given: Partial<ClientOptions>; message: RegExp }][] = [
  ['an empty key', { given: { apiKey: ' ' }, message: /apiKey must be a non-empty string/ }],
  ['a timeout of 0', { given: { timeoutMs: 0 }, message: /timeoutMs must be a positive number/ }],
  [
    'a negative retry count',
    { given: { retry: { retries: -1 } }, message: /retry.retries must be a whole number/ },
  ],
  [
    'a validation mode that does not exist',
    { given: { validate: 'lenient' as never }, message: /validate must be one of strict, tolerant, off/ },
  ],
  [
    'a size cap of 1.5 bytes',
    { given: { maxResponseBytes: 1.5 }, message: /maxResponseBytes must be a whole number/ },
  ],
];

describe('createClient options', () => {
  test.each(rows)('refuses %s before any request', (_name, { given, message }) => {
    expect(() => resolveOptions({ apiKey: 'k', ...given })).toThrow(message);
  });

  test('default to tolerant validation, a 10 MiB cap and the real clock', () => {
    const options = resolveOptions({ apiKey: 'k' });
    expect(options).toMatchObject({ validate: 'tolerant', maxResponseBytes: 10 * 1024 * 1024 });
    expect(options.now).toBe(Date.now);
  });

  test.each([
    [true, 'strict'],
    [false, 'off'],
    ['strict', 'strict'],
    ['off', 'off'],
  ] as const)('read validate: %s as %s', (validate, mode) => {
    expect(resolveOptions({ apiKey: 'k', validate }).validate).toBe(mode);
  });
});
