import { describe, expect, test } from 'vitest';
import { parseCliOptions } from './cli-options.js';

const refusal = (argv: string[], env: Record<string, string> = {}) => {
  const parsed = parseCliOptions(argv, env);
  return parsed.ok ? undefined : parsed.message;
};

describe('parseCliOptions', () => {
  test('gives the defaults when nothing is set', () => {
    expect(parseCliOptions([])).toMatchObject({
      ok: true,
      options: {
        port: 4010,
        host: '127.0.0.1',
        seed: 1,
        customers: 130,
        'heap-growth': 20,
        quiet: false,
        'cors-origins': ['*'],
      },
    });
  });

  test('reads SOLARPROOF_MOCK_* variables, and a flag wins over its variable', () => {
    const env = { SOLARPROOF_MOCK_PORT: '0', SOLARPROOF_MOCK_SEED: '9', SOLARPROOF_MOCK_QUIET: 'true' };
    expect(parseCliOptions(['--seed', '3'], env)).toMatchObject({
      ok: true,
      options: { port: 0, seed: 3, quiet: true },
    });
  });

  test('reads a comma-separated list of CORS origins, or none', () => {
    expect(parseCliOptions(['--cors-origins', 'http://localhost:5173, https://app.test'])).toMatchObject({
      options: { 'cors-origins': ['http://localhost:5173', 'https://app.test'] },
    });
    expect(parseCliOptions(['--cors-origins', 'none'])).toMatchObject({ options: { 'cors-origins': [] } });
  });

  test.each([
    [['--port', 'abc'], {}, '--port must be a whole number from 0 to 65535; got "abc"'],
    [['--port', '70000'], {}, '--port must be a whole number from 0 to 65535; got "70000"'],
    [['--seed', '1.5'], {}, '--seed must be a whole number from 0 to 2147483647; got "1.5"'],
    [['--port', '--seed', '3'], {}, '--port needs a value: --port N'],
    [['--port'], {}, '--port needs a value: --port N'],
    [['--nonsense'], {}, 'unknown option --nonsense'],
    [['--quiet=yes'], {}, '--quiet takes no value'],
    [['stray'], {}, 'unexpected argument stray (options start with --)'],
    [['--webhook-version', 'v3'], {}, '--webhook-version must be one of v1, v2; got "v3"'],
    [['--heap-growth', 'x'], {}, '--heap-growth must be a whole number from 0 to 1000; got "x"'],
    [
      ['--cors-origins', 'example.com'],
      {},
      '--cors-origins must be *, none, or origins like http://localhost:5173',
    ],
    [[], { SOLARPROOF_MOCK_SEED: '-1' }, 'SOLARPROOF_MOCK_SEED (for --seed) must be a whole number'],
    [[], { SOLARPROOF_MOCK_QUIET: 'maybe' }, 'SOLARPROOF_MOCK_QUIET (for --quiet) must be true or false'],
  ])('refuses %j %j in plain words', (argv, env, message) => {
    const said = refusal(argv, env);
    expect(said).toContain(message);
    expect(said).not.toMatch(/NaN|ambiguous|\bexpected\b/);
  });

  test('never echoes a refused API key back', () => {
    const said = refusal(['--api-key', 'sp_live']);
    expect(said).toBe('--api-key must be at least 8 characters');
  });
});
