import { defineConfig } from 'vitest/config';
import { testTiers } from '../../vitest.tiers.js';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: testTiers(),
  },
});
