/**
 * A body as any documented reading of the docs may send it: every text may be `null` where another
 * reading sends `""` (issue #9), and so may a list. The normalisers take this, so they work on bodies
 * read with `validate: 'off'` too.
 *
 * @example
 * const loose: Unset<{ company_name: string }> = { company_name: null };
 */
export type Unset<T> = T extends string
  ? T | null
  : T extends readonly (infer Item)[]
    ? Unset<Item>[] | null
    : T extends object
      ? { [Key in keyof T]: Unset<T[Key]> }
      : T;

/**
 * An unset text as `""`, whichever way it came.
 *
 * @example
 * text(null); // ''
 */
export function text(value: string | null | undefined): string {
  return value ?? '';
}

/**
 * An unset text as `null`, whichever way it came (`""` or `null`), for fields documented as nullable.
 *
 * @example
 * textOrNull(''); // null
 */
export function textOrNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}
