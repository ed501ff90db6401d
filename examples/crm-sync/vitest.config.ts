import { defineConfig } from 'vitest/config';
import { testTiers } from '../../vitest.tiers.js';

export default defineConfig({
  test: {
    projects: testTiers(),
    globalSetup: [
      // A workspace package this example imports but nobody built gets a plain message, not Vite's.
      '../../scripts/require-built-workspace-deps.js',
      // One fake for the whole run; each test file takes its own tenant (test/tenant-per-file.test.ts).
      '@solarproof/mock-server/vitest-global-setup',
    ],
  },
});
