import type { ActionName } from '@solarproof/schemas';
import { type Redactor, redactKnownFields } from '../redact.js';
import { redactCause } from './redact-cause.js';

/** What every error of this package may carry besides its message. */
export interface SolarProofErrorOptions {
  /** The error's class name (given explicitly so that minifiers cannot rename it). */
  name: string;
  /** The action that was called, when the error comes from a call. */
  action?: ActionName | undefined;
  /** The request URL; it is redacted before it is stored. */
  url?: string | undefined;
  /** The underlying error; a redacted copy is stored, never the original. */
  cause?: unknown;
  /** Removes the API key from every text; the default removes `api_key=` and `"apikey"` values. */
  redact?: Redactor | undefined;
}

/**
 * The base class of every error this package throws. Its message, stack, cause, URL and JSON form
 * never contain the API key: texts are redacted before they are stored, because an error's stack is
 * fixed when it is built and may be logged anywhere afterwards.
 *
 * @example
 * try {
 *   await client.listCustomers();
 * } catch (error) {
 *   if (error instanceof SolarProofError) console.error(JSON.stringify(error));
 * }
 */
export class SolarProofError extends Error {
  /** The action that was called, when the error comes from a call. */
  readonly action: ActionName | undefined;
  /** The request URL with the key replaced by `***`. */
  readonly url: string | undefined;

  constructor(message: string, options: SolarProofErrorOptions) {
    const redact = options.redact ?? redactKnownFields;
    super(
      redact(message),
      options.cause === undefined ? undefined : { cause: redactCause(options.cause, redact) },
    );
    // Non-enumerable, like Error's own `name`, so that inspecting an error does not repeat it.
    Object.defineProperty(this, 'name', { value: options.name, writable: true, configurable: true });
    if (this.stack) this.stack = redact(this.stack);
    this.action = options.action;
    this.url = options.url === undefined ? undefined : redact(options.url);
  }

  /** The fields safe to log: name, message, action, URL and the subclass's details; never a secret. */
  toJSON(): Record<string, unknown> {
    const cause =
      this.cause instanceof Error ? { name: this.cause.name, message: this.cause.message } : this.cause;
    return {
      name: this.name,
      message: this.message,
      action: this.action,
      url: this.url,
      ...this.details(),
      cause,
    };
  }

  /** The subclass's own fields for `toJSON`, already redacted. */
  protected details(): Record<string, unknown> {
    return {};
  }
}
