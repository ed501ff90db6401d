/**
 * The wait a `Retry-After` header asks for, in milliseconds: a number of seconds or an HTTP date.
 * `undefined` when the header is absent or unreadable, so that the caller falls back to backoff.
 *
 * @example
 * parseRetryAfter('2', Date.now()); // 2000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('2015-10-21T07:27:58Z')); // 2000
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^[0-9]+(\.[0-9]+)?$/.test(text)) return Number(text) * 1000;
  // Date.parse reads "-5" as a year; an HTTP date always names its day and month.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  // A date in the past means "now", not a negative wait.
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
