import type { ActionName } from '@solarproof/schemas';
import type { Redactor } from '../redact.js';
import { SolarProofError } from './solar-proof-error.js';

export interface NetworkErrorDetails {
  action: ActionName;
  /** What `fetch` threw; a redacted copy becomes `cause`. */
  cause: unknown;
  url?: string | undefined;
  redact?: Redactor | undefined;
}

/**
 * `fetch` itself failed (DNS, refused connection, reset, TLS): no HTTP response came. `cause` holds a
 * redacted copy of what `fetch` threw.
 *
 * @example
 * if (error instanceof NetworkError) console.warn('Solar Proof unreachable:', error.cause);
 */
export class NetworkError extends SolarProofError {
  declare readonly action: ActionName;

  constructor(details: NetworkErrorDetails) {
    const reason = details.cause instanceof Error ? details.cause.message : String(details.cause);
    super(`${details.action} could not reach the API: ${reason}`, {
      name: 'NetworkError',
      action: details.action,
      url: details.url,
      cause: details.cause,
      redact: details.redact,
    });
  }
}
