import { defineConfig } from 'vitest/config';
import { testTiers } from '../../vitest.tiers.js';

export default defineConfig({
  test: {
    // Several files start the CLI as a process, which takes seconds when the machine is busy.
    testTimeout: 60_000,
    projects: testTiers(),
  },
});
