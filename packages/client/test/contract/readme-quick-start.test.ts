import { join } from 'node:path';
import { DEFAULT_API_KEY } from '@solarproof/mock-server';
import { type RunningMockServer, startMockServer } from '@solarproof/mock-server/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { packageDir, readmeExample, runExample } from '../support/readme-example.js';

const quickStartExample = () => readmeExample(join(packageDir, 'README.md'), '## Quick start');

describe('the README quick start', () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => server.close());

  test('falls back to the address and key that `pnpm mock` serves', async () => {
    const code = await quickStartExample();
    expect(code).toContain("process.env.SOLARPROOF_BASE_URL ?? 'http://127.0.0.1:4010'");
    expect(code).toContain(`process.env.SOLARPROOF_API_KEY ?? '${DEFAULT_API_KEY}'`);
  });

  test('runs as printed against the mock and prints what the README says', async () => {
    const { stdout, stderr } = await runExample(await quickStartExample(), {
      SOLARPROOF_BASE_URL: server.url,
      SOLARPROOF_API_KEY: DEFAULT_API_KEY,
    });
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^page 1: 50 customers, the first is \S+@\S+$/),
      'all pages: 130 customers',
      expect.stringMatching(/^created customer [0-9]+$/),
      'creating it again fails with DUPLICATE_EMAIL (HTTP 409)',
    ]);
  });
});
