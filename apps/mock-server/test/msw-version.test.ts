import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

// Runs in both suites: proves the msw each one claims to test is the msw that answered.
test('runs on the msw major the suite was started for', async () => {
  const require = createRequire(import.meta.url);
  const { http } = await import('msw');
  const expected = process.env.EXPECT_MSW_MAJOR ?? '2';
  const name = expected === '3' ? 'msw3' : 'msw';
  const manifest = require(`${name}/package.json`) as { version: string };
  expect(manifest.version.split('.')[0]).toBe(expected);
  // The import above is the aliased one: its `http` is the same function the manifest's copy exports.
  expect(http).toBe((await import(name)).http);
});
