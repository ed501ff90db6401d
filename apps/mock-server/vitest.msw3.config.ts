import { defineConfig } from 'vitest/config';

/**
 * The in-process (MSW) suite on msw 3, to prove the peer range `^2.15.0 || ^3.0.0`: every `msw`
 * import, ours and the tests', resolves to the msw3 alias. `pnpm --filter @solarproof/mock-server test:msw3`.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^msw(\/.*)?$/, replacement: 'msw3$1' }] },
  test: {
    include: ['test/scenarios-msw.test.ts', 'test/msw-version.test.ts'],
    testTimeout: 20_000,
    env: { EXPECT_MSW_MAJOR: '3' },
  },
});
