import { configDefaults, defineConfig } from 'vitest/config';

// `*.long.test.ts` (the contract suite under every profile) runs in `pnpm test:long`, not the default tier.
const longTier = process.env.SOLARPROOF_TEST_TIER === 'long';

export default defineConfig({
  test: {
    include: longTier
      ? ['test/**/*.long.test.ts', 'src/**/*.long.test.ts']
      : ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: longTier ? configDefaults.exclude : [...configDefaults.exclude, '**/*.long.test.ts'],
    typecheck: { enabled: !longTier, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
