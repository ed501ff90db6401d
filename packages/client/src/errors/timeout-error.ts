import type { ActionName } from '@solarproof/schemas';
import type { Redactor } from '../redact.js';
import { SolarProofError } from './solar-proof-error.js';

export interface TimeoutErrorDetails {
  action: ActionName;
  timeoutMs: number;
  url?: string | undefined;
  redact?: Redactor | undefined;
}

/**
 * A call did not finish within `timeoutMs`. The time covers the whole call: every attempt, reading
 * every body and the waits between retries.
 *
 * @example
 * const client = createClient({ apiKey, timeoutMs: 5_000 });
 * await client.listCustomers().catch((error) => {
 *   if (error instanceof TimeoutError) return [];
 *   throw error;
 * });
 */
export class TimeoutError extends SolarProofError {
  declare readonly action: ActionName;
  readonly timeoutMs: number;

  constructor(details: TimeoutErrorDetails) {
    super(`${details.action} did not finish within ${details.timeoutMs} ms`, {
      name: 'TimeoutError',
      action: details.action,
      url: details.url,
      redact: details.redact,
    });
    this.timeoutMs = details.timeoutMs;
  }

  protected override details(): Record<string, unknown> {
    return { timeoutMs: this.timeoutMs };
  }
}
