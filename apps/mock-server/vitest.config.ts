import { defineConfig } from 'vitest/config';
import { testTiers } from '../../vitest.tiers.js';

export default defineConfig({
  test: {
    // Several files start the CLI as a process, which takes seconds when the machine is busy.
    testTimeout: 60_000,
    // Vitest's default on 2 cores is one worker. Many files here wait on a CLI process or a timeout
    // (idle CPU), so a second worker overlaps those waits: a few CPU-seconds more for its imports.
    maxWorkers: 2,
    projects: testTiers(),
  },
});
