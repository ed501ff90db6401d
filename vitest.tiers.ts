// The two test tiers every package's vitest config is built from (see "Test tiers" in README.md).
// `pnpm test` runs the default tier, `pnpm test:long` the long one; this module is the one place
// that reads SOLARPROOF_TEST_SCALE, and tests get the number through `inject('testScale')`.
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** The files of the long tier: full-count fuzz runs, soaks, anything past a few seconds. */
export const LONG_TEST_FILES = [
  'src/**/*.long.test.ts',
  'scripts/**/*.long.test.ts',
  'test/**/*.long.test.ts',
];
/** The files of the default tier. */
export const DEFAULT_TEST_FILES = ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'];
/**
 * The built packages of this workspace, which tests import through their `exports` as a user would:
 * Node loads them as they are instead of through Vite's transform (the client's default tier: 8.7
 * to 6.6 CPU-seconds). Their path is outside node_modules, so Vite would otherwise inline them.
 */
export const WORKSPACE_BUILDS = /\/(packages|apps|examples)\/[^/]+\/dist\//;
/** The long tier's SOLARPROOF_TEST_SCALE unless set: its fuzz runs are this many times the default's. */
export const LONG_TIER_SCALE = 20;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The multiplier of every fuzz/property run count: 1 in the default tier. */
    testScale: number;
  }
}

/** SOLARPROOF_TEST_SCALE as a positive number, `fallback` when unset or empty; throws on anything else. */
export function testScale(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new Error(`SOLARPROOF_TEST_SCALE must be a positive number, not ${JSON.stringify(value)}`);
  }
  return scale;
}

/**
 * The `projects` of a package's vitest config: `default` (every test file but the long ones) and
 * `long` (`*.long.test.ts` at SOLARPROOF_TEST_SCALE, else {@link LONG_TIER_SCALE}). Package scripts
 * pick one with `--project`; a bare `vitest run FILE` finds FILE in whichever tier holds it.
 * Type-level tests (`*.test-d.ts`) are not here: `tsc` in the typecheck task compiles them, and a
 * wrong `expectTypeOf` is a compile error there.
 */
export function testTiers(
  env: Record<string, string | undefined> = process.env,
): TestProjectInlineConfiguration[] {
  const given = env.SOLARPROOF_TEST_SCALE;
  return [
    {
      extends: true,
      test: {
        name: 'default',
        include: DEFAULT_TEST_FILES,
        // Files share their workers' module cache: importing msw, zod and the mock once per worker
        // instead of once per file about halves the tier's CPU time (measured: 45 to 23 CPU-seconds). A file restores what it
        // patches (servers closed, mocks restored) in afterAll, as every file here does.
        isolate: false,
        exclude: [...LONG_TEST_FILES, '**/node_modules/**', '**/dist/**'],
        provide: { testScale: testScale(given, 1) },
        server: { deps: { external: [WORKSPACE_BUILDS] } },
      },
    },
    {
      extends: true,
      test: {
        name: 'long',
        include: LONG_TEST_FILES,
        provide: { testScale: testScale(given, LONG_TIER_SCALE) },
        server: { deps: { external: [WORKSPACE_BUILDS] } },
      },
    },
  ];
}
