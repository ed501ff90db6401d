import { type ActionName, type OperationId, operationSchemas } from '@solarproof/schemas';
import { type Redactor, redactKnownFields } from '../redact.js';
import type { ApiErrorCode } from './api-error-code.js';
import { SolarProofError } from './solar-proof-error.js';

/** What the API answered: the documented `{ code, message }` error body and its HTTP status. */
export interface SolarProofApiErrorDetails<Id extends OperationId> {
  code: ApiErrorCode<Id>;
  /** The server's `message`, verbatim apart from redaction. */
  serverMessage: string;
  status: number;
  action: ActionName;
  url?: string | undefined;
  /** For `RATE_LIMITED`: how long the server asked to wait, from `Retry-After`. */
  retryAfterMs?: number | undefined;
  redact?: Redactor | undefined;
}

/**
 * The API answered with one of its documented error codes. `code` is typed per operation, so a
 * `switch` over it is checked against the spec's list for that action.
 *
 * @example
 * try {
 *   await client.createCustomer(input);
 * } catch (error) {
 *   if (isSolarProofApiError(error, 'createcustomer') && error.code === 'DUPLICATE_EMAIL') {
 *     // the customer exists already
 *   }
 * }
 */
export class SolarProofApiError<Id extends OperationId = OperationId> extends SolarProofError {
  declare readonly action: ActionName;
  readonly code: ApiErrorCode<Id>;
  readonly status: number;
  readonly serverMessage: string;
  readonly retryAfterMs: number | undefined;

  constructor(details: SolarProofApiErrorDetails<Id>) {
    super(
      `${details.action} failed with ${details.code} (HTTP ${details.status}): ${details.serverMessage}`,
      {
        name: 'SolarProofApiError',
        action: details.action,
        url: details.url,
        redact: details.redact,
      },
    );
    this.code = details.code;
    this.status = details.status;
    this.serverMessage = (details.redact ?? redactKnownFields)(details.serverMessage);
    this.retryAfterMs = details.retryAfterMs;
  }

  protected override details(): Record<string, unknown> {
    return {
      code: this.code,
      status: this.status,
      serverMessage: this.serverMessage,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

/**
 * Narrows an unknown error to a `SolarProofApiError`, optionally of one operation, so that `code` has
 * that operation's union type.
 *
 * @example
 * if (isSolarProofApiError(error, 'getallcustomers') && error.code === 'NO_CUSTOMERS_FOUND') return [];
 */
export function isSolarProofApiError<Id extends OperationId = OperationId>(
  error: unknown,
  action?: Id,
): error is SolarProofApiError<Id> {
  if (!(error instanceof SolarProofApiError)) return false;
  // Operation ids such as `updatecustomer_put` share their action's name and codes.
  return action === undefined || error.action === operationSchemas[action].action;
}
