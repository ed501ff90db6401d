import type { ActionName } from '@solarproof/schemas';
import type { Redactor } from '../redact.js';
import { SolarProofError } from './solar-proof-error.js';

export interface ResponseTooLargeErrorDetails {
  action: ActionName;
  status: number;
  limitBytes: number;
  /** The `Content-Length` the answer announced, when it announced one. */
  declaredBytes?: number | undefined;
  url?: string | undefined;
  redact?: Redactor | undefined;
}

/** `1048576` → `1 MiB`, `1000` → `1000 bytes`. */
function formatBytes(bytes: number): string {
  const mib = bytes / 1024 / 1024;
  return Number.isInteger(mib) && mib >= 1 ? `${mib} MiB` : `${bytes} bytes`;
}

/**
 * The answer's body is larger than `maxResponseBytes`. The client stops reading at the limit (or
 * before the first byte, when `Content-Length` already says so) instead of holding the body whole.
 *
 * @example
 * if (error instanceof ResponseTooLargeError) console.error(`over ${error.limitBytes} bytes`);
 */
export class ResponseTooLargeError extends SolarProofError {
  declare readonly action: ActionName;
  readonly status: number;
  readonly limitBytes: number;
  readonly declaredBytes: number | undefined;

  constructor(details: ResponseTooLargeErrorDetails) {
    const declared = details.declaredBytes === undefined ? '' : ` (Content-Length ${details.declaredBytes})`;
    super(
      `${details.action} answered HTTP ${details.status} with a body larger than the ` +
        `${formatBytes(details.limitBytes)} limit${declared}; stopped reading it. ` +
        'Raise maxResponseBytes if answers this large are expected',
      { name: 'ResponseTooLargeError', action: details.action, url: details.url, redact: details.redact },
    );
    this.status = details.status;
    this.limitBytes = details.limitBytes;
    this.declaredBytes = details.declaredBytes;
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status, limitBytes: this.limitBytes, declaredBytes: this.declaredBytes };
  }
}
