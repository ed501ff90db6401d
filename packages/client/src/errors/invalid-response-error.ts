import type { ActionName } from '@solarproof/schemas';
import { type Redactor, redactKnownFields } from '../redact.js';
import { SolarProofError } from './solar-proof-error.js';

/** Why a body could not be used: nothing came, an HTML page came, other non-JSON text, or JSON of no known shape. */
export type InvalidResponseReason = 'empty' | 'html' | 'not-json' | 'unexpected-json';

export interface InvalidResponseErrorDetails {
  action: ActionName;
  status: number;
  /** The `Content-Type` header, or `undefined` when there was none. */
  contentType: string | undefined;
  /** The whole body text; only its redacted start is kept. */
  body: string;
  reason: InvalidResponseReason;
  url?: string | undefined;
  redact?: Redactor | undefined;
}

/** How much of the body an error quotes: enough to recognise a proxy's error page, little enough to log. */
export const BODY_EXCERPT_LENGTH = 100;

const DESCRIPTIONS: Record<InvalidResponseReason, string> = {
  empty: 'an empty body',
  html: 'an HTML page',
  'not-json': 'a body that is not JSON',
  'unexpected-json': 'JSON that is neither a result nor an error object',
};

/**
 * The API answered with something that is not a usable JSON body: an empty body, an HTML error page
 * (a proxy, a PHP error), or other text. The message says what came: the HTTP status, the content
 * type and the first 100 characters, with the key redacted.
 *
 * @example
 * if (error instanceof InvalidResponseError && error.reason === 'html') console.warn(error.bodyExcerpt);
 */
export class InvalidResponseError extends SolarProofError {
  declare readonly action: ActionName;
  readonly status: number;
  readonly contentType: string | undefined;
  readonly reason: InvalidResponseReason;
  /** The first characters of the body, redacted. */
  readonly bodyExcerpt: string;

  constructor(details: InvalidResponseErrorDetails) {
    const redact = details.redact ?? redactKnownFields;
    // Redact before cutting: a cut through the key would leave a prefix the redactor cannot recognise.
    const redacted = redact(details.body);
    const excerpt =
      redacted.length > BODY_EXCERPT_LENGTH ? `${redacted.slice(0, BODY_EXCERPT_LENGTH)}…` : redacted;
    const quoted = details.reason === 'empty' ? '' : `: ${JSON.stringify(excerpt)}`;
    super(
      `${details.action} answered HTTP ${details.status} with ${DESCRIPTIONS[details.reason]} ` +
        `(content type ${details.contentType ?? 'none'})${quoted}`,
      { name: 'InvalidResponseError', action: details.action, url: details.url, redact },
    );
    this.status = details.status;
    this.contentType = details.contentType;
    this.reason = details.reason;
    this.bodyExcerpt = excerpt;
  }

  protected override details(): Record<string, unknown> {
    return {
      status: this.status,
      contentType: this.contentType,
      reason: this.reason,
      bodyExcerpt: this.bodyExcerpt,
    };
  }
}
