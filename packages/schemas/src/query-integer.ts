import { z } from 'zod';

/**
 * Query values arrive as text: accept a whole number written in plain decimal digits, with an
 * optional minus sign and no leading zero (one rule for every integer parameter: "01", " 1", "+1",
 * "1.0", "1e0" and "0x10" stay text, so `schema` refuses them) and hand it to `schema` as a number.
 *
 * @example
 * queryInteger(z.number().int().min(1)).parse('3'); // 3
 */
export function queryInteger<T extends z.ZodType<number>>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' && /^(0|-?[1-9][0-9]*)$/.test(value) ? Number(value) : value),
    schema,
  );
}
