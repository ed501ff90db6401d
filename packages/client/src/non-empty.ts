/**
 * The values that hold something; the API sends `""` for an absent second phone.
 *
 * @example
 * nonEmpty(['0400 000 888', '']); // ['0400 000 888']
 */
export function nonEmpty(values: readonly string[]): string[] {
  return values.filter((value) => value.trim() !== '');
}
