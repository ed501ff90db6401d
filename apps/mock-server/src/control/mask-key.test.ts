import { describe, expect, it } from 'vitest';
import { maskKey } from './mask-key.js';

describe('maskKey', () => {
  it.each([
    ['sp_mock_7f3a9c2e41b84d06a5e1c9b2d3f40a11', 'sp_mock_…0a11'],
    ['sp_mock_tenant3_0a1b2c3d4e5f60718293a4b5c6d7e8f9', 'sp_mock_…e8f9'],
    ['abcdefghijklmnopq', '…nopq'],
    ['short-key', '…'],
  ])('shows %s as %s, never the middle of the key', (key, shown) => {
    expect(maskKey(key)).toBe(shown);
  });
});
