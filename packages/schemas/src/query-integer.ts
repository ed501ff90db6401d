import { z } from 'zod';

/**
 * Query values arrive as text: accept a whole number written in digits (an optional minus sign and
 * nothing else, so "0x10", "1e2" and " 2" stay invalid) and hand it to `schema` as a number.
 *
 * @example
 * queryInteger(z.number().int().min(1)).parse('3'); // 3
 */
export function queryInteger<T extends z.ZodType<number>>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' && /^-?[0-9]+$/.test(value) ? Number(value) : value),
    schema,
  );
}
