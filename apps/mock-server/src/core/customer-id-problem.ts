/** The message for an ID past what a JSON number holds exactly, in number or string form. */
export const UNSAFE_ID_MESSAGE =
  "The field 'pkcustomerid' is invalid: a customer ID is a whole number from 1 to 9007199254740991";

/**
 * Whether `data.pkcustomerid` is a whole number beyond 2^53 - 1. As a number JSON.parse has already
 * rounded it (9007199254740993 reads as ...992), and as a string Number() would: either way it could
 * name another customer, so both forms are refused with the same message.
 */
export function isUnsafeCustomerId(body: unknown): boolean {
  if (body === null || typeof body !== 'object') return false;
  const data = (body as { data?: unknown }).data;
  if (data === null || typeof data !== 'object') return false;
  const id = (data as { pkcustomerid?: unknown }).pkcustomerid;
  if (typeof id === 'number') return Number.isInteger(id) && !Number.isSafeInteger(id);
  if (typeof id === 'string' && /^[0-9]+$/.test(id)) return !Number.isSafeInteger(Number(id));
  return false;
}
