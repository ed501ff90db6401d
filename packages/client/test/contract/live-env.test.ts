import { describe, expect, test } from 'vitest';
import { readLiveEnv } from './live-env.js';

describe('the live contract environment', () => {
  test.each([
    ['no key', {}, undefined],
    ['an empty key', { SOLARPROOF_API_KEY: ' ' }, undefined],
    [
      'a key only',
      { SOLARPROOF_API_KEY: 'sp_live' },
      { apiKey: 'sp_live', baseUrl: 'https://solarproof.com.au', writes: false },
    ],
    [
      'a key, a base URL with a trailing slash and writes',
      {
        SOLARPROOF_API_KEY: 'sp_live',
        SOLARPROOF_BASE_URL: 'http://127.0.0.1:4010/',
        SOLARPROOF_LIVE_WRITES: '1',
      },
      { apiKey: 'sp_live', baseUrl: 'http://127.0.0.1:4010', writes: true },
    ],
    [
      'a drift report file: the suite runs through the proxy',
      { SOLARPROOF_API_KEY: 'k', SOLARPROOF_LIVE_REPORT: 'drift' },
      { apiKey: 'k', baseUrl: 'https://solarproof.com.au', writes: false, report: 'drift' },
    ],
    [
      'writes set to 0',
      { SOLARPROOF_API_KEY: 'k', SOLARPROOF_LIVE_WRITES: '0' },
      { apiKey: 'k', baseUrl: 'https://solarproof.com.au', writes: false },
    ],
  ])('%s reads as the right configuration', (_given, env, want) => {
    expect(readLiveEnv(env)).toEqual(want);
  });

  test.each([
    [
      'a base URL that is no http(s) URL',
      { SOLARPROOF_BASE_URL: 'ftp://example.com' },
      /SOLARPROOF_BASE_URL/,
    ],
    ['writes set to yes', { SOLARPROOF_LIVE_WRITES: 'yes' }, /SOLARPROOF_LIVE_WRITES must be 1/],
  ])('%s is refused, naming the variable', (_given, env, message) => {
    expect(() => readLiveEnv({ SOLARPROOF_API_KEY: 'k', ...env })).toThrow(message);
  });
});
