import { afterAll, beforeAll, describe } from 'vitest';
import type { Interpretation } from '../interpretations/resolve-interpretation.js';
import type { MockApi, MockOptions } from '../mock/create-mock-api.js';
import { type MatrixSelection, matrixEntries } from './matrix-entries.js';
import { startMatrixFake } from './start-matrix-fake.js';

/** What a describe block of the matrix gets: its fake, ready once the block's tests run. */
export interface InterpretationWorld {
  /** The reading this block runs under. */
  readonly interpretation: Interpretation;
  /** `http://127.0.0.1:<port>` over HTTP, `https://solarproof.com.au` in-process. */
  readonly baseUrl: string;
  /** The default company's key. */
  readonly apiKey: string;
  /** The fake itself (its world, journal, control). */
  readonly mock: MockApi;
}

export interface DescribeEachOptions extends MatrixSelection {
  /** `http` (default): a server on 127.0.0.1, port 0; `msw`: MSW in this process, intercepting fetch. */
  transport?: 'http' | 'msw';
  /** Options of every fake (seed, sizes, ...); the matrix sets profile and interpret. */
  mock?: Omit<MockOptions, 'profile' | 'interpret'>;
}

/**
 * Runs `fn` as a describe block once per reading of the docs (every profile by default, or every
 * value of one switch), each against a fresh fake started before the block and stopped after it.
 *
 * @example
 * describeEachInterpretation('my sync', (fake) => {
 *   it('copies every customer', async () => {
 *     const client = createClient({ baseUrl: fake.baseUrl, apiKey: fake.apiKey });
 *     expect((await mySync(client)).length).toBe(130);
 *   });
 * }, { profiles: ['documented', 'lenient-php'] });
 */
export function describeEachInterpretation(
  name: string,
  fn: (fake: InterpretationWorld) => void,
  options: DescribeEachOptions = {},
): void {
  for (const entry of matrixEntries(options)) {
    describe(`${name} [${entry.interpretation.label}]`, () => {
      let running: Awaited<ReturnType<typeof startMatrixFake>> | undefined;
      beforeAll(async () => {
        running = await startMatrixFake({ ...options.mock, ...entry.options }, options.transport ?? 'http');
      });
      afterAll(async () => {
        await running?.close();
        running = undefined;
      });
      const started = () => {
        if (!running)
          throw new Error('The fake of describeEachInterpretation is ready only inside tests and hooks');
        return running;
      };
      fn({
        interpretation: entry.interpretation,
        get baseUrl() {
          return started().baseUrl;
        },
        get apiKey() {
          return started().mock.world.options.apiKey;
        },
        get mock() {
          return started().mock;
        },
      });
    });
  }
}
