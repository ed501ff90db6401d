import type { Redactor } from '../redact.js';

const MAX_DEPTH = 5;

/**
 * A copy of an error's cause with every text redacted. A cause comes from code we do not control (a
 * custom fetch may put the full URL, key included, in its message), and `util.inspect` and loggers
 * print causes with their stacks, so the original is never kept.
 *
 * @example
 * redactCause(new TypeError('GET https://x/?api_key=k failed'), createRedactor('k')).message;
 * // 'GET https://x/?api_key=*** failed'
 */
export function redactCause(cause: unknown, redact: Redactor, depth = 0): unknown {
  if (!(cause instanceof Error)) {
    if (cause === undefined || cause === null || typeof cause === 'number' || typeof cause === 'boolean') {
      return cause;
    }
    return redact(typeof cause === 'string' ? cause : safeString(cause));
  }
  const copy = new Error(redact(cause.message));
  define(copy, 'name', cause.name);
  define(copy, 'stack', redact(cause.stack ?? `${cause.name}: ${cause.message}`));
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') define(copy, 'code', code, true);
  if (cause.cause !== undefined && depth < MAX_DEPTH) {
    define(copy, 'cause', redactCause(cause.cause, redact, depth + 1));
  }
  return copy;
}

function define(target: object, key: string, value: unknown, enumerable = false): void {
  Object.defineProperty(target, key, { value, enumerable, writable: true, configurable: true });
}

function safeString(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
