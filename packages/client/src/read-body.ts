import type { InvalidResponseReason } from './errors/invalid-response-error.js';

/** A response body: its text and, when the text is JSON, the parsed value. */
export type ReadBody =
  | { ok: true; text: string; json: unknown }
  | { ok: false; text: string; reason: Exclude<InvalidResponseReason, 'unexpected-json'> };

/**
 * Parses a body as JSON whatever the `Content-Type` says: the docs do not document the header, and
 * PHP servers often send JSON as `text/html`. What is not JSON is classified for the error message.
 *
 * @example
 * classifyBody('<html>502</html>'); // { ok: false, text: '<html>502</html>', reason: 'html' }
 */
export function classifyBody(text: string): ReadBody {
  if (text.trim() === '') return { ok: false, text, reason: 'empty' };
  try {
    return { ok: true, text, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, text, reason: /^\s*</.test(text) ? 'html' : 'not-json' };
  }
}
