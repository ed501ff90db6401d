import { type RunningMockServer, startMockServer } from './start-mock-server.js';

/** What the global setup hands to test files, through Vitest's `provide`/`inject`. */
export interface SolarProofMockContext {
  /** e.g. `http://127.0.0.1:50123` */
  url: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    solarproofMock: SolarProofMockContext;
  }
}

/** The part of Vitest's TestProject this setup uses. */
interface Provider {
  provide(key: 'solarproofMock', value: SolarProofMockContext): void;
}

/**
 * A Vitest `globalSetup`: one fake per test run, on a free port of 127.0.0.1, stopped after the
 * run. Each test file then takes its own tenant with `useSolarProofTenant()` from
 * `@solarproof/mock-server/vitest-tenant`, so files running in parallel never see each other's data.
 *
 * @example
 * // vitest.config.ts
 * export default defineConfig({ test: { globalSetup: ['@solarproof/mock-server/vitest-global-setup'] } });
 */
export default async function setup(project: Provider): Promise<() => Promise<void>> {
  const server: RunningMockServer = await startMockServer({ port: 0 });
  project.provide('solarproofMock', { url: server.url });
  return async () => {
    server.mock.deliveries.clear();
    await server.close();
  };
}
