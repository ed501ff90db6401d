import { defineConfig } from 'vitest/config';
import { testTiers } from '../../vitest.tiers.js';

export default defineConfig({
  test: {
    // Files that start a mock server and wait for webhooks need more than 5 s on a busy machine.
    testTimeout: 30_000,
    projects: testTiers(),
  },
});
