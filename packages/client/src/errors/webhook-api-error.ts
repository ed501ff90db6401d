import type { ActionName } from '@solarproof/schemas';
import { type Redactor, redactKnownFields } from '../redact.js';
import { SolarProofError } from './solar-proof-error.js';

/** What a webhook-management action answered: `{ success: false, message }`. */
export interface WebhookApiErrorDetails {
  action: ActionName;
  status: number;
  serverMessage: string;
  url?: string | undefined;
  redact?: Redactor | undefined;
}

/**
 * `subscribe_customer` or `unsubscribe_customer` answered `{ success: false, message }`. These
 * actions have no error codes, only a message (their pages document HTTP 400 for every error).
 *
 * @example
 * try {
 *   await client.subscribe({ hookUrl, type: 'customer_created' });
 * } catch (error) {
 *   if (error instanceof WebhookApiError) console.warn(error.serverMessage);
 * }
 */
export class WebhookApiError extends SolarProofError {
  declare readonly action: ActionName;
  readonly status: number;
  readonly serverMessage: string;

  constructor(details: WebhookApiErrorDetails) {
    super(`${details.action} failed (HTTP ${details.status}): ${details.serverMessage}`, {
      name: 'WebhookApiError',
      action: details.action,
      url: details.url,
      redact: details.redact,
    });
    this.status = details.status;
    this.serverMessage = (details.redact ?? redactKnownFields)(details.serverMessage);
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status, serverMessage: this.serverMessage };
  }
}
