import type { RetryOptions } from './client-options.js';

/**
 * The wait before retry number `retryIndex` (0 for the first retry): a uniformly random delay between
 * `minDelayMs` and a ceiling that doubles with each retry, capped at `maxDelayMs` ("full jitter", so
 * that clients that failed together do not retry together).
 *
 * @example
 * backoffDelay(0, { minDelayMs: 100, maxDelayMs: 2000 }, () => 0.5); // 150 (between 100 and 200)
 * backoffDelay(9, { minDelayMs: 100, maxDelayMs: 2000 }, () => 0.999); // just under 2000
 */
export function backoffDelay(
  retryIndex: number,
  options: Pick<RetryOptions, 'minDelayMs' | 'maxDelayMs'>,
  random: () => number,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.minDelayMs * 2 ** (retryIndex + 1));
  return options.minDelayMs + random() * (ceiling - options.minDelayMs);
}
