import { z } from 'zod';
import { DEFAULT_BASE_URL } from '../../src/client-options.js';

/**
 * The only module that reads the environment for the contract suite. Everything else gets a
 * `LiveConfig`, so the live-harness test can feed one without touching `process.env`.
 */

/** What the live target needs. */
export interface LiveConfig {
  apiKey: string;
  /** Without a trailing slash. */
  baseUrl: string;
  /** Create, update and delete one marked customer; otherwise only read. */
  writes: boolean;
  /** Run through `solarproof-mock proxy` and write its drift report here (`.md` and `.json`). */
  report?: string;
}

/** The one line the live file prints when it does not run. */
export const LIVE_SKIP_LINE =
  'live contract: skipped (set SOLARPROOF_API_KEY to run against the live API; SOLARPROOF_LIVE_WRITES=1 to include writes)';

// An empty variable counts as unset: CI systems often define a secret's name with no value.
const unsetIfEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const LiveEnv = z.object({
  SOLARPROOF_API_KEY: z.preprocess(unsetIfEmpty, z.string().trim().optional()),
  SOLARPROOF_BASE_URL: z.preprocess(
    unsetIfEmpty,
    z
      .url({ protocol: /^https?$/, error: 'SOLARPROOF_BASE_URL must be an http(s) URL' })
      .default(DEFAULT_BASE_URL),
  ),
  SOLARPROOF_LIVE_REPORT: z.preprocess(unsetIfEmpty, z.string().trim().min(1).optional()),
  SOLARPROOF_LIVE_WRITES: z.preprocess(
    unsetIfEmpty,
    z.enum(['0', '1'], { error: 'SOLARPROOF_LIVE_WRITES must be 1 (writes) or 0 (read-only)' }).default('0'),
  ),
});

/**
 * The live target's configuration from the environment, or `undefined` when SOLARPROOF_API_KEY is
 * not set. Throws, naming the variable, when a variable is set to something unusable.
 *
 * @example
 * readLiveEnv({ SOLARPROOF_API_KEY: 'k', SOLARPROOF_LIVE_WRITES: '1' });
 * // { apiKey: 'k', baseUrl: 'https://solarproof.com.au', writes: true }
 */
export function readLiveEnv(env: Record<string, string | undefined> = process.env): LiveConfig | undefined {
  const parsed = LiveEnv.safeParse(env);
  if (!parsed.success)
    throw new Error(`Invalid live contract environment:\n${z.prettifyError(parsed.error)}`);
  const {
    SOLARPROOF_API_KEY: apiKey,
    SOLARPROOF_BASE_URL: baseUrl,
    SOLARPROOF_LIVE_WRITES: writes,
    SOLARPROOF_LIVE_REPORT: report,
  } = parsed.data;
  if (apiKey === undefined) return undefined;
  return {
    apiKey,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    writes: writes === '1',
    ...(report ? { report } : {}),
  };
}
