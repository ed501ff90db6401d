import type { WebhookEventName } from '@solarproof/schemas';
import type { ValidationIssue } from '../validation-issue.js';
import { formatIssues } from './response-validation-error.js';
import { SolarProofError } from './solar-proof-error.js';

export interface WebhookEventErrorDetails {
  /** Why the body is not each event it was tried as (empty when it was not even JSON). */
  attempts: Partial<Record<WebhookEventName, readonly ValidationIssue[]>>;
  /** Set when the body was text that is not JSON. */
  notJson?: string | undefined;
}

/**
 * A received webhook body is not one of the documented events. The message lists, for each event
 * it was tried as, where it differs.
 *
 * @example
 * try {
 *   parseWebhookEvent(await request.json());
 * } catch (error) {
 *   if (error instanceof WebhookEventError) return new Response(error.message, { status: 400 });
 * }
 */
export class WebhookEventError extends SolarProofError {
  readonly attempts: Partial<Record<WebhookEventName, readonly ValidationIssue[]>>;

  constructor(details: WebhookEventErrorDetails) {
    const tried = Object.entries(details.attempts).map(
      ([event, issues]) => `as ${event}:\n${formatIssues(issues ?? [])}`,
    );
    super(
      details.notJson === undefined
        ? `The webhook body is not a documented event\n${tried.join('\n')}`
        : `The webhook body is not JSON: ${details.notJson}`,
      { name: 'WebhookEventError' },
    );
    this.attempts = details.attempts;
  }

  protected override details(): Record<string, unknown> {
    return { attempts: this.attempts };
  }
}
