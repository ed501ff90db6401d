import type { ActionName } from '@solarproof/schemas';
import type { Redactor } from '../redact.js';
import { SolarProofError } from './solar-proof-error.js';

/**
 * Why a redirect was not followed: it led to another origin; it answered a write; it came back to a
 * URL already visited; there were too many; or a browser hid where it led (`opaqueredirect`).
 */
export type RedirectReason = 'cross-origin' | 'write' | 'loop' | 'too-many' | 'hidden';

export interface RedirectErrorDetails {
  action: ActionName;
  reason: RedirectReason;
  /** The HTTP status of the last redirect (0 when a browser hid it). */
  status: number;
  /** Every URL of the chain, the request first; redacted before they are stored. */
  chain: readonly string[];
  url?: string | undefined;
  redact: Redactor;
}

/** How many redirects a read follows within its origin before it gives up. */
export const MAX_REDIRECTS = 5;

const explain = (details: RedirectErrorDetails, last: string): string => {
  switch (details.reason) {
    case 'cross-origin':
      return `to another origin (${last}); it was not followed, so the API key was not sent there. Check baseUrl`;
    case 'write':
      return `to ${last}; a write never follows a redirect (it would re-send the body and its key), so nothing was re-sent. Check baseUrl`;
    case 'loop':
      return `in a loop (${details.chain.join(' -> ')}); stopped`;
    case 'too-many':
      return `more than ${MAX_REDIRECTS} times (${details.chain.join(' -> ')}); stopped`;
    case 'hidden':
      return 'and the runtime hides where to (an opaque redirect), so it was not followed. Check baseUrl';
  }
};

/**
 * The API answered with a redirect the client will not follow. Reads follow redirects within the
 * origin of `baseUrl` (up to five, no loops); nothing is ever sent to another origin, and writes
 * follow none, so the API key stays where it was meant to go.
 *
 * @example
 * if (error instanceof RedirectError && error.reason === 'cross-origin') console.error(error.chain);
 */
export class RedirectError extends SolarProofError {
  declare readonly action: ActionName;
  readonly reason: RedirectReason;
  readonly status: number;
  /** The request URL and each `Location`, with the key replaced by `***`. */
  readonly chain: readonly string[];

  constructor(details: RedirectErrorDetails) {
    const chain = details.chain.map(details.redact);
    const last = chain.at(-1) ?? '';
    const status = details.status === 0 ? '' : ` (HTTP ${details.status})`;
    super(`${details.action} was redirected${status} ${explain({ ...details, chain }, last)}`, {
      name: 'RedirectError',
      action: details.action,
      url: details.url,
      redact: details.redact,
    });
    this.reason = details.reason;
    this.status = details.status;
    this.chain = chain;
  }

  protected override details(): Record<string, unknown> {
    return { reason: this.reason, status: this.status, chain: this.chain };
  }
}
