import type { ActionName } from '@solarproof/schemas';

/** The `fetch` the client calls; the global `fetch` fits, and so does a test double. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Waits `ms` milliseconds; should reject when `signal` aborts (the client also stops waiting then). */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** How reads (and opted-in writes) are retried. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  retries: number;
  /** The shortest wait between attempts, and the base of the exponential growth. Default 100. */
  minDelayMs: number;
  /** The longest wait between attempts (a `Retry-After` header may ask for more). Default 2000. */
  maxDelayMs: number;
  /** A number in [0, 1) for the jitter; inject a constant in tests. Default `Math.random`. */
  random: () => number;
  /** Waits between attempts; inject one that records delays in tests. Default a `setTimeout`. */
  sleep: Sleep;
}

/** The options of `createClient`. Only `apiKey` is required. */
export interface ClientOptions {
  /** The account's API key. It is sent in the query (`api_key`) and, on writes, as `data.apikey`. */
  apiKey: string;
  /** Where the API is. Default `https://solarproof.com.au`; the mock is e.g. `http://127.0.0.1:4010`. */
  baseUrl?: string | undefined;
  /**
   * The `fetch` to call. Default: the global `fetch`, looked up at each call (so MSW can patch it);
   * in Node, while that is still Node's own fetch, `node:http`/`node:https` sending and failing as
   * it does, for about half its cost a request (see `default-send.ts`).
   */
  fetch?: FetchLike | undefined;
  /** The longest a whole call may take, retries and waits included. Default 30000. */
  timeoutMs?: number | undefined;
  /** Retry options, or `false` to never retry. */
  retry?: Partial<RetryOptions> | false | undefined;
  /** Retry writes too (they are not idempotent, so the default is `false`). */
  retryWrites?: boolean | undefined;
  /**
   * How response bodies are checked against the spec. `'tolerant'` (the default) accepts every
   * documented reading of the docs (`null` for an unset text, either `system_size` form, either end of
   * pagination, errors with any status) and hands back the documented shape; anything else it reports
   * to `onDrift`, and it throws only when a value cannot be used. `'strict'` throws on any deviation
   * (for tests); `'off'` hands bodies over as they came. `true` and `false` mean `'strict'` and `'off'`.
   */
  validate?: ValidationMode | boolean | undefined;
  /** Told of each deviation `'tolerant'` validation let through. Default: nothing is done. */
  onDrift?: ((drift: Drift) => void) | undefined;
  /**
   * The largest response body read, in bytes; a larger one fails with `ResponseTooLargeError`
   * without being read whole. Default 10 MiB.
   */
  maxResponseBytes?: number | undefined;
  /** The clock, in milliseconds since the epoch (deadlines, `Retry-After` dates). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** How response bodies are checked; see `ClientOptions.validate`. */
export type ValidationMode = 'strict' | 'tolerant' | 'off';

/** A deviation from the spec that `'tolerant'` validation let through. */
export interface Drift {
  /** The action that answered. */
  action: ActionName;
  /** Where in the body, as a JSON path: `$[3].company_name`. */
  path: string;
  /** What the spec says is there. */
  expected: string;
  /** What came, e.g. `number 71553`, `missing`. */
  received: string;
}

/** Options of one call; they override the client's. */
export interface CallOptions {
  /** Aborts the call, including a wait between retries; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** The longest this call may take, retries and waits included. */
  timeoutMs?: number | undefined;
  /** Retry this write (ignored for reads, which are always retried unless `retry` is `false`). */
  retryWrites?: boolean | undefined;
}

export const DEFAULT_BASE_URL = 'https://solarproof.com.au';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
export const DEFAULT_RETRY: Readonly<Omit<RetryOptions, 'random' | 'sleep'>> = {
  retries: 3,
  minDelayMs: 100,
  maxDelayMs: 2000,
};
