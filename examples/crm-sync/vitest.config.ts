import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A workspace package this example imports but nobody built gets a plain message, not Vite's.
    globalSetup: ['../../scripts/require-built-workspace-deps.js'],
  },
});
