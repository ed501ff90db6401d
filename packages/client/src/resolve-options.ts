import {
  type ClientOptions,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  type Drift,
  type RetryOptions,
  type ValidationMode,
} from './client-options.js';
import { defaultSend } from './default-send.js';
import { sleep } from './sleep.js';
import type { Send } from './wire-response.js';

/** The client's options with every default filled in. */
export interface ResolvedOptions {
  apiKey: string;
  baseUrl: string;
  /** The caller's `fetch`, or `defaultSend`. */
  fetch: Send;
  timeoutMs: number;
  retry: RetryOptions | false;
  retryWrites: boolean;
  validate: ValidationMode;
  onDrift: (drift: Drift) => void;
  maxResponseBytes: number;
  now: () => number;
}

/**
 * Fills in defaults and rejects options that cannot work, before any request is made.
 *
 * @example
 * resolveOptions({ apiKey: 'k' }).baseUrl; // 'https://solarproof.com.au'
 */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (typeof options.apiKey !== 'string' || options.apiKey.trim() === '') {
    throw new TypeError('createClient: apiKey must be a non-empty string');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  assertPositive('timeoutMs', timeoutMs);
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isInteger(maxResponseBytes) || maxResponseBytes <= 0) {
    throw new RangeError('createClient: maxResponseBytes must be a whole number of bytes above 0');
  }
  const retry = options.retry === false ? false : resolveRetry(options.retry ?? {});
  return {
    apiKey: options.apiKey,
    // A trailing slash would give `//apidata.php`, which some servers route differently.
    baseUrl: (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
    fetch: options.fetch ?? defaultSend,
    timeoutMs,
    retry,
    retryWrites: options.retryWrites ?? false,
    validate: resolveValidation(options.validate),
    onDrift: options.onDrift ?? (() => undefined),
    maxResponseBytes,
    now: options.now ?? Date.now,
  };
}

const MODES: readonly ValidationMode[] = ['strict', 'tolerant', 'off'];

function resolveValidation(validate: ClientOptions['validate']): ValidationMode {
  if (validate === undefined) return 'tolerant';
  if (validate === true) return 'strict';
  if (validate === false) return 'off';
  if (!MODES.includes(validate)) {
    throw new RangeError(`createClient: validate must be one of ${MODES.join(', ')} (or a boolean)`);
  }
  return validate;
}

function resolveRetry(retry: Partial<RetryOptions>): RetryOptions {
  const resolved: RetryOptions = {
    retries: retry.retries ?? DEFAULT_RETRY.retries,
    minDelayMs: retry.minDelayMs ?? DEFAULT_RETRY.minDelayMs,
    maxDelayMs: retry.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    random: retry.random ?? Math.random,
    sleep: retry.sleep ?? sleep,
  };
  if (!Number.isInteger(resolved.retries) || resolved.retries < 0) {
    throw new RangeError('createClient: retry.retries must be a whole number of at least 0');
  }
  if (resolved.minDelayMs < 0 || resolved.maxDelayMs < resolved.minDelayMs) {
    throw new RangeError('createClient: retry delays must satisfy 0 <= minDelayMs <= maxDelayMs');
  }
  return resolved;
}

function assertPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`createClient: ${name} must be a positive number of milliseconds`);
  }
}
